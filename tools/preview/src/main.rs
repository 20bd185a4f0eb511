//! `preview <svg-dir> <out-dir> <font-file>...`: every `*.svg` in
//! `svg-dir` becomes `<out-dir>/<name>.png`. Prints the count and total
//! bytes; fails, naming the file, on anything it cannot render.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn run(svgs: &Path, out: &Path, fonts: &[PathBuf]) -> Result<String, String> {
    let refs: Vec<&Path> = fonts.iter().map(PathBuf::as_path).collect();
    let db = preview::fonts(&refs)?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut names: Vec<PathBuf> = std::fs::read_dir(svgs)
        .map_err(|e| format!("{}: {e}", svgs.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .collect();
    names.sort();
    let one = |svg: &PathBuf| -> Result<usize, String> {
        let text = std::fs::read_to_string(svg).map_err(|e| format!("{}: {e}", svg.display()))?;
        let png = preview::render(&text, db.clone())
            .and_then(|p| preview::palette_png(&p))
            .map_err(|e| format!("{}: {e}", svg.display()))?;
        let stem = svg
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("preview");
        let path = out.join(format!("{stem}.png"));
        std::fs::write(&path, &png).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(png.len())
    };
    // One image per core at a time; each image is the same whichever
    // thread draws it.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = names.len().div_ceil(threads).max(1);
    let sizes: Vec<Result<usize, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = names
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|_| vec![Err("a renderer thread failed".into())])
            })
            .collect()
    });
    let total = sizes.into_iter().sum::<Result<usize, String>>()?;
    Ok(format!("{} images, {} KB", names.len(), total / 1024))
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [svgs, out, fonts @ ..] = args.as_slice() else {
        eprintln!("usage: preview <svg-dir> <out-dir> <font-file>...");
        return ExitCode::from(2);
    };
    match run(svgs, out, fonts) {
        Ok(msg) => {
            println!("preview: {msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("preview: {e}");
            ExitCode::FAILURE
        }
    }
}
