//! Writing the vocabulary of `nap1325_core::hooks` into the page: the components name every
//! element the widget finds with these, never with a string of their own.

use leptos::attr::custom::{custom_attribute, CustomAttr};
use leptos::attr::AttributeValue;
use nap1325_core::hooks::{Control, Hook};

/// The attribute that names an element for the widget: `{..hook(Hook::Live)}` writes `data-live`.
pub fn hook(hook: Hook) -> CustomAttr<&'static str, &'static str> {
    custom_attribute(hook.attribute(), "")
}

/// The attribute with a value: `{..hook_value(Hook::Place, code)}` writes `data-place="COL"`. A
/// `bool` value writes the attribute only when it is true.
pub fn hook_value<V: AttributeValue>(hook: Hook, value: V) -> CustomAttr<&'static str, V> {
    custom_attribute(hook.attribute(), value)
}

/// What a button does: `data-action="present"`.
pub fn control(control: Control) -> CustomAttr<&'static str, &'static str> {
    custom_attribute(Hook::Control.attribute(), control.id())
}
