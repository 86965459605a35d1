//! The fast path for large events JSON files: the file is read in blocks, each event's bytes are found by
//! a small scanner (strings, escapes and nesting), and each event is parsed on its own from a slice. No
//! JSON tree and no copy of the whole text is ever held. Anything unexpected returns None, and the
//! caller reads the file the careful way, which names the problem exactly.

use super::error::Problem;
use super::event::{check_raw, JsonState, RawEvent};
use super::Event;
use std::collections::VecDeque;
use std::io::Read;

/// How much is read at a time.
const BLOCK: usize = 4 << 20;

/// The longest line an event framed by its line may have.
const LINE_MOST: usize = 64 << 10;

/// The bytes that frame a JSON value: quotes, backslashes and brackets.
const FRAMING: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    let bytes = *b"\"\\{}[]";
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// Why the fast reader gave up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum GaveUp {
    /// Something unexpected after some events were framed by their lines: perhaps a line was not one
    /// event after all; read again with `by_lines` false.
    AfterLineGuesses,
    /// Anything unexpected: the careful reader names it.
    Unexpected,
}

/// Reads `{…, "events": [ … ], …}` into `state`. With `by_lines`, an event alone on its line is framed
/// by the line (see [`Framer::line_event`]).
pub(super) fn read(reader: impl Read, state: &mut JsonState, by_lines: bool) -> Result<(), GaveUp> {
    let mut f = Framer {
        reader,
        buf: Vec::with_capacity(2 * BLOCK),
        pos: 0,
        eof: false,
        by_lines,
        framed_by_lines: false,
    };
    match f.run(state) {
        Some(()) => Ok(()),
        None if f.framed_by_lines => Err(GaveUp::AfterLineGuesses),
        None => Err(GaveUp::Unexpected),
    }
}

struct Framer<R: Read> {
    reader: R,
    buf: Vec<u8>,
    /// The next byte to read.
    pos: usize,
    eof: bool,
    /// Whether events may still be framed by their lines (see [`Framer::line_event`]).
    by_lines: bool,
    /// Whether some were.
    framed_by_lines: bool,
}

impl<R: Read> Framer<R> {
    /// Appends the next block; false at the end of the file (None on a read error).
    fn fill(&mut self) -> Option<bool> {
        if self.eof {
            return Some(false);
        }
        let old = self.buf.len();
        self.buf.resize(old + BLOCK, 0);
        let n = loop {
            match self.reader.read(&mut self.buf[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return None,
            }
        };
        self.buf.truncate(old + n);
        if n == 0 {
            self.eof = true;
        }
        Some(n > 0)
    }

    /// Drops what has been read, once it is large.
    fn compact(&mut self) {
        if self.pos > BLOCK {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
    }

    /// Skips whitespace; the next byte, not consumed (None at the end of the file).
    fn skip_ws(&mut self) -> Option<u8> {
        loop {
            while let Some(&b) = self.buf.get(self.pos) {
                if !b.is_ascii_whitespace() {
                    return Some(b);
                }
                self.pos += 1;
            }
            if !self.fill()? {
                return None;
            }
        }
    }

    /// The index just past the event that starts at `start` when it stands alone on its line, as `{…},`
    /// (how large files are written): found without looking at every byte. A guess, which the parser
    /// checks, since it must read exactly one event from those bytes (and the file is read the careful
    /// way when it does not). None when the line is not so (the event is then framed byte by byte), and
    /// from the first line that is too long on, for a file written without line breaks.
    fn line_event(&mut self, start: usize) -> Option<usize> {
        if !self.by_lines {
            return None;
        }
        let newline = loop {
            let within = &self.buf[start..self.buf.len().min(start + LINE_MOST)];
            if let Some(k) = memchr::memchr(b'\n', within) {
                break start + k;
            }
            if within.len() == LINE_MOST || !self.fill()? {
                self.by_lines = false;
                return None;
            }
        };
        let line = self.buf[start..newline].trim_ascii_end();
        if !line.ends_with(b"},") {
            return None;
        }
        self.framed_by_lines = true;
        // Just past the brace, before the comma.
        Some(start + line.len() - 1)
    }

    /// The index just past the JSON value that starts at `start` (its shape is checked only as far as
    /// strings and nesting; the parser checks the rest).
    fn value_end(&mut self, start: usize) -> Option<usize> {
        let first = *self.buf.get(start)?;
        let mut i = start;
        match first {
            b'{' | b'[' | b'"' => {
                let mut depth = 0usize;
                let mut in_string = false;
                loop {
                    // Skip to the next byte that matters (quotes, backslashes, brackets): a plain loop
                    // over a table, faster here than memchr's calls on the many short strings.
                    let Some(k) = self.buf[i.min(self.buf.len())..]
                        .iter()
                        .position(|&c| FRAMING[usize::from(c)])
                    else {
                        i = i.max(self.buf.len());
                        if !self.fill()? {
                            return None;
                        }
                        continue;
                    };
                    i += k;
                    let b = self.buf[i];
                    i += 1;
                    if in_string {
                        match b {
                            // The escaped byte is skipped, even when it is still to be read.
                            b'\\' => i += 1,
                            b'"' => {
                                in_string = false;
                                if depth == 0 {
                                    return Some(i);
                                }
                            }
                            _ => {}
                        }
                    } else {
                        match b {
                            b'"' => in_string = true,
                            b'{' | b'[' => depth += 1,
                            b'}' | b']' => {
                                depth = depth.checked_sub(1)?;
                                if depth == 0 {
                                    return Some(i);
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => loop {
                while let Some(&b) = self.buf.get(i) {
                    if matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace() {
                        return Some(i);
                    }
                    i += 1;
                }
                if !self.fill()? {
                    return Some(i);
                }
            },
        }
    }

    fn run(&mut self, state: &mut JsonState) -> Option<()> {
        self.fill()?;
        if self.buf.starts_with(b"\xef\xbb\xbf") {
            self.pos = 3;
        }
        if self.skip_ws()? != b'{' {
            return None;
        }
        self.pos += 1;
        let mut first = true;
        loop {
            let mut c = self.skip_ws()?;
            if c == b'}' {
                self.pos += 1;
                break;
            }
            if !first {
                if c != b',' {
                    return None;
                }
                self.pos += 1;
                c = self.skip_ws()?;
            }
            first = false;
            if c != b'"' {
                return None;
            }
            let end = self.value_end(self.pos)?;
            let key: String = serde_json::from_slice(&self.buf[self.pos..end]).ok()?;
            self.pos = end;
            if self.skip_ws()? != b':' {
                return None;
            }
            self.pos += 1;
            self.skip_ws()?;
            if key == "events" {
                self.events(state)?;
                state.saw_events = true;
            } else {
                let end = self.value_end(self.pos)?;
                if key == "controllers" {
                    state.controllers = serde_json::from_slice(&self.buf[self.pos..end]).ok()?;
                }
                self.pos = end;
            }
            self.compact();
        }
        // Nothing but whitespace may follow.
        match self.skip_ws() {
            None => Some(()),
            Some(_) => None,
        }
    }

    /// Reads the events list. Its events are framed here and parsed and checked on rayon's threads, a
    /// batch at a time; the results are kept in file order.
    fn events(&mut self, state: &mut JsonState) -> Option<()> {
        if self.skip_ws()? != b'[' {
            return None;
        }
        self.pos += 1;
        // A thread of rayon's own pool that blocked below could starve the batches it waits for.
        if rayon::current_num_threads() == 1 || rayon::current_thread_index().is_some() {
            return self.frame(&mut |batch| {
                for (index, checked) in parse_batch(batch)? {
                    state.accept(index, checked);
                }
                Some(())
            });
        }
        // At most this many batches are framed and not yet kept.
        let in_flight = 2 * rayon::current_num_threads();
        let mut pending: VecDeque<Parsed> = VecDeque::with_capacity(in_flight);
        // Results are taken in file order as soon as they are ready, so that batches of parsed
        // events do not pile up beside the list they go into.
        let keep = |state: &mut JsonState, pending: &mut VecDeque<Parsed>, wait: bool| {
            let Some(output) = pending.front() else {
                return Some(false);
            };
            let parsed = if wait {
                output.recv().ok()?
            } else {
                match output.try_recv() {
                    Ok(parsed) => parsed,
                    Err(std::sync::mpsc::TryRecvError::Empty) => return Some(false),
                    Err(std::sync::mpsc::TryRecvError::Disconnected) => return None,
                }
            };
            pending.pop_front();
            for (index, checked) in parsed? {
                state.accept(index, checked);
            }
            Some(true)
        };
        self.frame(&mut |batch| {
            let (done, output) = std::sync::mpsc::sync_channel(1);
            rayon::spawn(move || {
                let _ = done.send(parse_batch(batch));
            });
            pending.push_back(output);
            loop {
                let full = pending.len() >= in_flight;
                if !keep(state, &mut pending, full)? {
                    return Some(());
                }
            }
        })?;
        while !pending.is_empty() {
            keep(state, &mut pending, true)?;
        }
        Some(())
    }

    /// Frames the events of the list, handing them over in batches; None on anything unexpected, or
    /// when `hand` gives up.
    fn frame(&mut self, hand: &mut dyn FnMut(Batch) -> Option<()>) -> Option<()> {
        let mut batch = Batch::new(0, 0);
        let mut index = 0usize;
        loop {
            let mut c = self.skip_ws()?;
            if c == b']' {
                self.pos += 1;
                if !batch.ends.is_empty() {
                    hand(batch)?;
                }
                return Some(());
            }
            if index > 0 {
                if c != b',' {
                    return None;
                }
                self.pos += 1;
                c = self.skip_ws()?;
            }
            if c != b'{' {
                return None;
            }
            let end = match self.line_event(self.pos) {
                Some(end) => end,
                None => self.value_end(self.pos)?,
            };
            batch.bytes.extend_from_slice(&self.buf[self.pos..end]);
            batch.ends.push(batch.bytes.len());
            index += 1;
            self.pos = end;
            self.compact();
            if batch.ends.len() == BATCH_EVENTS {
                // The next batch is likely as long as this one.
                let room = batch.bytes.len() + batch.bytes.len() / 8;
                hand(std::mem::replace(&mut batch, Batch::new(index, room)))?;
            }
        }
    }
}

/// Events per batch handed to a worker.
const BATCH_EVENTS: usize = 2048;

/// The bytes of consecutive events of the list.
struct Batch {
    /// The index in the file of the first.
    first: usize,
    bytes: Vec<u8>,
    /// Where each event ends in `bytes` (each starts where the one before ends).
    ends: Vec<usize>,
}

impl Batch {
    fn new(first: usize, room: usize) -> Self {
        Self {
            first,
            bytes: Vec::with_capacity(room),
            ends: Vec::with_capacity(BATCH_EVENTS),
        }
    }
}

/// An event checked, or its problems, with its index in the file.
type Checked = (usize, Result<Event, Vec<Problem>>);

/// Where a batch's parsed events arrive from the rayon task that parses them.
type Parsed = std::sync::mpsc::Receiver<Option<Vec<Checked>>>;

/// Each event of a batch, with its index in the file, parsed and checked; None if one is not even an
/// event (the careful reader then names the problem).
fn parse_batch(batch: Batch) -> Option<Vec<Checked>> {
    // Checked as UTF-8 once for the batch rather than string by string (each event starts and ends
    // with a brace, so every slice below is on a character boundary).
    let text = std::str::from_utf8(&batch.bytes).ok()?;
    let mut out = Vec::with_capacity(batch.ends.len());
    let mut start = 0;
    for (k, &end) in batch.ends.iter().enumerate() {
        let raw: RawEvent = serde_json::from_str(text.get(start..end)?).ok()?;
        let index = batch.first + k;
        out.push((index, check_raw(index, raw)));
        start = end;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events_by(text: &str, by_lines: bool) -> Result<usize, GaveUp> {
        let mut state = JsonState::default();
        read(text.as_bytes(), &mut state, by_lines)?;
        state
            .saw_events
            .then(|| state.finish(std::path::Path::new("x")).ok())
            .flatten()
            .map(|f| f.events.len())
            .ok_or(GaveUp::Unexpected)
    }

    fn events(text: &str) -> Option<usize> {
        events_by(text, true).ok()
    }

    const EVENT: &str = r#"{"id":"e\"1}","date":"2016-11-26","districts":["a"],"controller":"rebels","extent":"full","certainty":"reported"}"#;

    fn event(id: &str) -> String {
        EVENT.replace("e\\\"1}", id)
    }

    #[test]
    fn events_are_framed_around_strings_and_nesting() {
        let text = format!("\u{feff} {{\"about\": [1, {{\"x\": \"]\"}}], \"events\": [{EVENT}, {}], \"n\": null}}\n", event("e2"));
        assert_eq!(events(&text), Some(2));
    }

    #[test]
    fn anything_unexpected_gives_up() {
        assert_eq!(events(""), None);
        assert_eq!(events("[]"), None);
        assert_eq!(events(&format!("{{\"events\": [{EVENT}]")), None);
        assert_eq!(events(&format!("{{\"events\": [{EVENT}]}} x")), None);
        assert_eq!(events("{\"events\": [7]}"), None);
    }

    #[test]
    fn events_alone_on_their_lines_are_framed_by_them() {
        let text = format!(
            "{{\"events\":[\n{},\n{},  \r\n{}\n]}}",
            event("a"),
            event("b"),
            event("c")
        );
        assert_eq!(events_by(&text, true), Ok(3));
        // Pretty-printed: each event spans lines, and is framed byte by byte.
        let file: serde_json::Value = serde_json::from_str(&text).expect("valid");
        let pretty = serde_json::to_string_pretty(&file).expect("prints");
        assert_eq!(events_by(&pretty, true), Ok(3));
    }

    #[test]
    fn a_line_that_is_not_one_event_sends_the_reader_back() {
        // Two events on a line ending like one: the guess fails, and framing every byte reads it.
        let text = format!(
            "{{\"events\":[\n{}, {},\n{}\n]}}",
            event("a"),
            event("b"),
            event("c")
        );
        assert_eq!(events_by(&text, true), Err(GaveUp::AfterLineGuesses));
        assert_eq!(events_by(&text, false), Ok(3));
        // A truncated file framed byte by byte is for the careful reader.
        assert_eq!(
            events_by(&format!("{{\"events\":[{EVENT},"), false),
            Err(GaveUp::Unexpected)
        );
    }
}
