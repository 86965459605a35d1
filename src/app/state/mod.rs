//! The app's state apart from its widgets: the time shown ([`time_control`]) and what is selected and
//! hovered ([`selection`]). Panels read them borrowed and return commands; the app applies them.

pub mod selection;
pub mod time_control;
