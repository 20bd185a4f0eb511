//! sizereport: reads `twiggy top -f csv` of the module after wasm-bindgen
//! (before wasm-opt, so it still has names), adds up the bytes by crate,
//! lists the app's largest functions and the most instantiated generic
//! functions, and writes the result into `bench/SIZE.md` between its
//! `size-report` markers. The shipped module's gzip size is measured too.
//!
//! Usage: `sizereport <top.csv> <shipped.wasm> <SIZE.md> [monos.txt]`,
//! the last being `twiggy monos` output to include as it is.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::process::ExitCode;

const START: &str = "<!-- size-report:start -->";
const END: &str = "<!-- size-report:end -->";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (csv, wasm, md, monos) = match args.as_slice() {
        [c, w, m] => (c, w, m, None),
        [c, w, m, o] => (c, w, m, Some(o)),
        _ => {
            eprintln!("usage: sizereport <top.csv> <shipped.wasm> <SIZE.md> [monos.txt]");
            return ExitCode::from(2);
        }
    };
    match run(csv, wasm, md, monos) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("sizereport: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(csv: &str, wasm: &str, md: &str, monos: Option<&String>) -> Result<(), String> {
    let text = std::fs::read_to_string(csv).map_err(|e| format!("{csv}: {e}"))?;
    let items = parse_twiggy(&text)?;
    let shipped = std::fs::read(wasm).map_err(|e| format!("{wasm}: {e}"))?;
    let mut report = render(&items, shipped.len(), gzip9(wasm, &shipped));
    if let Some(path) = monos {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        report.push_str("\nMost duplicated generic code (`twiggy monos`):\n\n```text\n");
        for line in text.lines() {
            report.push_str(&line.chars().take(150).collect::<String>());
            report.push('\n');
        }
        report.push_str("```\n");
    }
    let old = std::fs::read_to_string(md).unwrap_or_default();
    let new = splice(&old, &report);
    std::fs::write(md, new).map_err(|e| format!("{md}: {e}"))?;
    println!("{report}");
    Ok(())
}

/// Size of the file at `path` after `gzip -9`, the figure `make dist`
/// prints (another deflate implementation would differ by a few hundred
/// bytes); falls back to flate2's best level if `gzip` cannot run.
fn gzip9(path: &str, bytes: &[u8]) -> usize {
    if let Ok(out) = std::process::Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .output()
    {
        if out.status.success() {
            return out.stdout.len();
        }
    }
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

/// One row of twiggy's `top`: an item's name and its own size.
#[derive(Debug, PartialEq)]
struct Item {
    name: String,
    bytes: usize,
}

/// Reads twiggy's CSV (`Name,ShallowSize,...`; names are quoted when they
/// hold commas or quotes, with `""` for a quote).
fn parse_twiggy(text: &str) -> Result<Vec<Item>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        let fields = split_csv(line);
        let (Some(name), Some(size)) = (fields.first(), fields.get(1)) else {
            return Err(format!("line {}: too few fields", n + 1));
        };
        let bytes = size
            .parse()
            .map_err(|_| format!("line {}: size {size:?} is not a number", n + 1))?;
        out.push(Item {
            name: name.clone(),
            bytes,
        });
    }
    Ok(out)
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().expect("one field at least");
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            _ => field.push(c),
        }
    }
    fields
}

/// Drops rustc's crate hashes: `core[5f7e0585b7128936]::fmt` → `core::fmt`.
fn unhash(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find('[') {
        let tail = &rest[i + 1..];
        let hex = tail
            .find(']')
            .filter(|&j| (8..=16).contains(&j) && tail[..j].bytes().all(|b| b.is_ascii_hexdigit()));
        match hex {
            Some(j) => {
                out.push_str(&rest[..i]);
                rest = &tail[j + 1..];
            }
            None => {
                out.push_str(&rest[..=i]);
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The bucket an item's bytes count towards: the crate whose code it is
/// (for `<A as B>::f`, A's crate; for `f::<T>`, f's crate), or a section.
/// `None` for the names section, which wasm-opt strips before shipping.
fn bucket(name: &str) -> Option<String> {
    if name.contains("subsection") || name.starts_with("custom section") {
        return None;
    }
    if name.starts_with("data segment") || name.starts_with("data[") {
        return Some("(read-only data)".into());
    }
    if name.starts_with("import ") {
        return Some("(imports from JS)".into());
    }
    if ["elem[", "table[", "export ", "type[", "global["]
        .iter()
        .any(|p| name.starts_with(p))
    {
        return Some("(tables, exports, types)".into());
    }
    let plain = unhash(name);
    let mut s = plain.as_str();
    loop {
        let before = s;
        for prefix in ["<", "&", "*const ", "*mut ", "mut ", "dyn ", "_ as ", " "] {
            s = s.strip_prefix(prefix).unwrap_or(s);
        }
        if s == before {
            break;
        }
    }
    // `<T as tachys::Render>::build`, `<(A, B) as Attribute>`: a type
    // parameter, tuple or primitive is no crate; the trait's crate is.
    if let Some(i) = s.find(" as ") {
        if !s[..i].contains("::") {
            s = &s[i + 4..];
        }
    }
    let primitive = [
        "char", "str", "bool", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64", "[",
    ];
    if primitive.iter().any(|p| {
        s.starts_with(p) && !s[p.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    }) {
        return Some("core".into());
    }
    let end = s.find("::").filter(|&i| {
        i > 0
            && s[..i]
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    });
    Some(match end {
        Some(i) => s[..i].to_string(),
        None => "(other)".into(),
    })
}

fn render(items: &[Item], shipped_raw: usize, shipped_gz: usize) -> String {
    let mut crates: BTreeMap<String, usize> = BTreeMap::new();
    let mut app: Vec<(usize, String)> = Vec::new();
    let mut total = 0;
    for item in items {
        let Some(b) = bucket(&item.name) else {
            continue;
        };
        total += item.bytes;
        if b == "kuril_map" {
            app.push((item.bytes, unhash(&item.name)));
        }
        *crates.entry(b).or_default() += item.bytes;
    }
    let pct = |b: usize| 100.0 * b as f64 / total.max(1) as f64;
    let mut by_crate: Vec<_> = crates.into_iter().collect();
    by_crate.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    app.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));

    let mut s = String::new();
    s.push_str(&format!(
        "Shipped module: **{shipped_gz} B gzip -9** ({shipped_raw} B after wasm-opt).\n\
         Before wasm-opt: {total} B of code and data (names section left out), by crate:\n\n\
         | Crate | Bytes | Share |\n|---|---:|---:|\n"
    ));
    for (name, bytes) in by_crate.iter().take(25) {
        s.push_str(&format!("| {name} | {bytes} | {:.1}% |\n", pct(*bytes)));
    }
    let app_total: usize = app.iter().map(|a| a.0).sum();
    s.push_str(&format!(
        "\nThe app's own largest functions ({app_total} B in all):\n\n| Function | Bytes |\n|---|---:|\n"
    ));
    for (bytes, name) in app.iter().take(15) {
        s.push_str(&format!("| `{}` | {bytes} |\n", short(name)));
    }
    s
}

/// A name cut to a table cell's width, without breaking the table, and
/// without rustc's `::h0123…` symbol hash.
fn short(name: &str) -> String {
    let name = match name.rfind("::h") {
        Some(i) if name.len() - i == 19 => &name[..i],
        _ => name,
    };
    let clean = name.replace('|', "\\|").replace('`', "'");
    if clean.chars().count() > 110 {
        format!("{}…", clean.chars().take(110).collect::<String>())
    } else {
        clean
    }
}

/// `old` with the text between the markers replaced by `report` (the
/// markers and the report appended if `old` lacks them).
fn splice(old: &str, report: &str) -> String {
    match (old.find(START), old.find(END)) {
        (Some(a), Some(b)) if a < b => {
            format!("{}{START}\n{report}{}", &old[..a], &old[b..])
        }
        _ => format!("{old}\n{START}\n{report}{END}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_names_with_commas() {
        let csv =
            "Name,ShallowSize,ShallowSizePercent\n\"a::<b, c>\",12,1.0\n\"\"\"x\"\" y\",3,0.1\n";
        let items = parse_twiggy(csv).expect("csv");
        assert_eq!(items[0].name, "a::<b, c>");
        assert_eq!(items[0].bytes, 12);
        assert_eq!(items[1].name, "\"x\" y");
    }

    #[test]
    fn buckets_by_the_owning_crate() {
        let b = |n: &str| bucket(n).unwrap_or_default();
        assert_eq!(b("core[5f7e0585b7128936]::fmt::write"), "core");
        assert_eq!(
            b("<_ as tachys[75894d94573e1a54]::view::Render>::build"),
            "tachys"
        );
        assert_eq!(
            b("<&mut serde_json[83e8e76d4a9dc89e]::de::Deserializer<R> as serde_core[662125d64f64ec90]::de::Deserializer>::x"),
            "serde_json"
        );
        assert_eq!(
            b("<T as tachys[75894d94573e1a54]::IntoAny>::into_any"),
            "tachys"
        );
        assert_eq!(
            b("<(A, B) as tachys[75894d94573e1a54]::Attribute>::x"),
            "tachys"
        );
        assert_eq!(b("<char>::escape_debug_ext"), "core");
        assert_eq!(
            b("<str as core[5f7e0585b7128936]::fmt::Debug>::fmt"),
            "core"
        );
        assert_eq!(b("data segment \".rodata\""), "(read-only data)");
        assert_eq!(bucket("\"function names\" subsection"), None);
    }

    #[test]
    fn splice_replaces_between_markers_only() {
        let old = format!("intro\n{START}\nold\n{END}\nafter\n");
        let new = splice(&old, "new\n");
        assert_eq!(new, format!("intro\n{START}\nnew\n{END}\nafter\n"));
        assert!(splice("x", "r\n").ends_with(&format!("{START}\nr\n{END}\n")));
    }
}
