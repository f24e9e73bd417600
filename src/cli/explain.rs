//! `selfheal explain ID|CODE|TEXT`: what an error means and the fixes that usually work (the
//! engine's explanation, printed as Markdown).

use crate::engine::Engine;
use crate::pattern::PatternSet;
use crate::store::Store;

pub fn run(query: &str) -> anyhow::Result<i32> {
    let (patterns, _) = PatternSet::load_all();
    // Local history when there is a database; explaining works without one and creates none.
    let store = Store::open_default_if_present();
    let found = Engine::new(&patterns, store.as_ref()).explain_query(query);
    match found.is_empty() {
        true => {
            outln!("selfheal knows no pattern for {query:?}.")?;
            outln!("(`selfheal patterns list` shows what it knows.)")?;
            Ok(1)
        }
        false => {
            out!("{}", found.join("\n"))?;
            Ok(0)
        }
    }
}
