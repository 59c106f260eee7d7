fn main() {
    nap1325_widget::start();
}
