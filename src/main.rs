fn main() {
    nap1325::runtime::start();
}
