//! Renders the report page as the prerender does (the same components, the same data), in both
//! languages, and joins the stylesheets, for the browser tests to put into their document.

use std::path::PathBuf;

use leptos::prelude::*;
use nap1325_content::BUNDLED;
use nap1325_core::model::Lang;
use nap1325_page::App;

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    for lang in Lang::ALL {
        let html = Owner::new().with(|| view! { <App files=BUNDLED lang/> }.to_html());
        std::fs::write(out.join(format!("report.{}.html", lang.code())), html)
            .expect("OUT_DIR is writable");
    }
    // The stylesheets in the order index.html links them.
    let index = std::fs::read_to_string(root.join("index.html")).expect("index.html");
    let mut css = String::new();
    for link in index.split("<link data-trunk rel=\"css\" href=\"").skip(1) {
        let path = &link[..link.find('"').expect("a quoted href")];
        css.push_str(&std::fs::read_to_string(root.join(path)).expect("a stylesheet"));
        println!("cargo:rerun-if-changed=../../{path}");
    }
    std::fs::write(out.join("style.css"), css).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=../../index.html");
    println!("cargo:rerun-if-changed=../../data");
}
