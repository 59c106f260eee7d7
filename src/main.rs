fn main() {
    nap1325::browser::start();
}
