//! Text from data files on its way to a terminal. Ids, names, passages and file names come from files a
//! user opened, which may be hostile: a raw ESC, CSI or OSC sequence in them could clear the screen,
//! retitle the terminal or forge a line, and a CR or BS could hide what precedes it. Every
//! human-readable line the command line prints goes through [`escape_controls`]; `--json` output needs
//! nothing more (JSON escapes control characters itself).

use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;

/// `text` with every control character written out visibly (`\x1B`, `\u{9B}`), except line feeds and
/// tabs. Also written out: the Unicode bidirectional overrides and isolates, which can make a line read
/// differently from what it holds.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if !needs_escape(c) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            let _ = write!(out, "\\x{:02X}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:X}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

fn needs_escape(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// Writes `text` to standard output, control characters escaped unless `raw` (JSON). A closed pipe
/// (`| head`) is not an error.
pub fn print_out(text: &str, raw: bool) -> std::io::Result<()> {
    let text = if raw {
        Cow::Borrowed(text)
    } else {
        escape_controls(text)
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// Writes one line to standard error, control characters escaped.
pub fn print_err(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", escape_controls(line));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        let text = "Hanano → government (full)\n\tquoted «text» حلب";
        assert!(matches!(escape_controls(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escapes_csi_osc_cr_bs_nul_and_c1() {
        let hostile = "a\u{1b}[2Jb\u{1b}]0;pwned\u{7}c\rd\u{8}e\u{0}f\u{9b}31mg\u{7f}";
        let shown = escape_controls(hostile);
        assert_eq!(
            shown,
            "a\\x1B[2Jb\\x1B]0;pwned\\x07c\\x0Dd\\x08e\\x00f\\u{9B}31mg\\x7F"
        );
        assert!(!shown.chars().any(|c| c.is_control()));
    }

    #[test]
    fn escapes_bidirectional_overrides() {
        assert_eq!(
            escape_controls("x\u{202E}y\u{2066}z"),
            "x\\u{202E}y\\u{2066}z"
        );
    }
}
