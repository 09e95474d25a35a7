fn main() {
    println!("loanlint");
}
