//! Renders the islands page for the real report and for a synthetic one (the benchmarks' 2,000
//! results over 200 countries) into `target/islands/site-real` and `site-2000`.
//! Usage: render OUT_DIR

fn main() {
    let out = std::path::PathBuf::from(std::env::args().nth(1).expect("give the output directory"));
    let real = nap1325_core::model::load(&nap1325_content::BUNDLED).expect("the shipped data loads");
    let synthetic = xtask::synthetic::build(2000, 200);
    for (name, report) in [("site-real", real), ("site-2000", synthetic)] {
        let dir = out.join(name);
        std::fs::create_dir_all(&dir).expect("the output directory can be made");
        std::fs::write(dir.join("index.html"), islands_spike::page::render(&report))
            .expect("the page can be written");
        println!("{name}: {} results", report.results.len());
    }
}
