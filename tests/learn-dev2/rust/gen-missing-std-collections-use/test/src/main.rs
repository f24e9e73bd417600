mod tags;

use tags::Recipe;

fn main() {
    let recipes = [
        Recipe { name: "dal", tags: &["vegan", "lentils", "quick"] },
        Recipe { name: "shakshuka", tags: &["eggs", "quick"] },
    ];
    println!("{} recipes: {}", recipes.len(), tags::tag_line(&recipes));
    println!("first: {}", recipes[0].name);
}
