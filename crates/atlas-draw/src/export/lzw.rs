//! GIF's LZW compression of 8-bit palette indices, written for what an animation of maps holds: long
//! runs of one index (a fill, and above all the transparent "unchanged" index of every frame after
//! the first). It is the classic encoder (giflib's: codes from 9 to 12 bits, a clear code when the
//! table is full) with a direct 4096 × 256 table for the longest-match walk, and runs taken a string
//! at a time: the strings of one index repeated (i, ii, iii…) enter the table in order, so a run of
//! n is matched and extended in about √(2n) steps instead of n. The output is an ordinary LZW stream
//! any GIF decoder reads.

/// The bits of a palette index (256 colours).
const MIN_CODE_SIZE: u8 = 8;
const CLEAR: u16 = 1 << MIN_CODE_SIZE;
const END: u16 = CLEAR + 1;
const FIRST: u16 = CLEAR + 2;
/// The largest code; the table is cleared when it is reached.
const LAST: u16 = 4095;

/// Compresses `data` for a GIF image block: the minimum code size, then the LZW stream (as the
/// `gif` crate's pre-encoded frames hold it).
pub fn encode(data: &[u8], out: &mut Vec<u8>) {
    LzwEncoder::new().encode(data, out);
}

/// An encoder whose table (2 MB) is kept from one frame to the next.
pub struct LzwEncoder {
    /// The code of string `s` followed by byte `b`, at `s * 256 + b` (0: none).
    table: Vec<u16>,
    /// Where `table` was written since the last clear, to undo.
    used: Vec<u32>,
    /// For each byte, the codes of its runs: `runs[b][k - 1]` is the code of `b` repeated `k` times.
    runs: Vec<Vec<u16>>,
}

impl Default for LzwEncoder {
    fn default() -> Self {
        Self::new()
    }
}

impl LzwEncoder {
    pub fn new() -> Self {
        Self {
            table: vec![0; 4096 * 256],
            used: Vec::with_capacity(4096),
            runs: (0..=255u16).map(|b| vec![b]).collect(),
        }
    }

    /// Compresses `data` onto `out`, as [`encode`].
    pub fn encode(&mut self, data: &[u8], out: &mut Vec<u8>) {
        out.push(MIN_CODE_SIZE);
        let mut encoder = Encoder {
            bits: BitWriter {
                out,
                acc: 0,
                n: 0,
                width: u32::from(MIN_CODE_SIZE) + 1,
            },
            table: &mut self.table,
            used: &mut self.used,
            runs: &mut self.runs,
            next: FIRST,
        };
        encoder.encode(data);
        encoder.clear();
    }
}

/// One stream being written, with the encoder's table.
struct Encoder<'a> {
    bits: BitWriter<'a>,
    table: &'a mut [u16],
    used: &'a mut Vec<u32>,
    runs: &'a mut [Vec<u16>],
    next: u16,
}

impl Encoder<'_> {
    /// Writes a code, and widens the codes that follow once the table has outgrown them.
    fn put(&mut self, code: u16) {
        self.bits.put(code);
        if u32::from(self.next) >= 1 << self.bits.width && self.bits.width < 12 {
            self.bits.width += 1;
        }
    }

    /// Adds `string + byte` to the table, or clears the table when it is full.
    fn add(&mut self, string: u16, byte: u8) {
        if self.next >= LAST {
            self.put(CLEAR);
            self.clear();
            return;
        }
        let at = usize::from(string) * 256 + usize::from(byte);
        self.table[at] = self.next;
        self.used.push(at as u32);
        let runs = &mut self.runs[usize::from(byte)];
        if runs.last() == Some(&string) {
            runs.push(self.next);
        }
        self.next += 1;
    }

    fn clear(&mut self) {
        for at in self.used.drain(..) {
            self.table[at as usize] = 0;
        }
        for (b, runs) in self.runs.iter_mut().enumerate() {
            runs.truncate(1);
            runs[0] = b as u16;
        }
        self.next = FIRST;
        self.bits.width = u32::from(MIN_CODE_SIZE) + 1;
    }

    fn encode(&mut self, data: &[u8]) {
        self.put(CLEAR);
        let Some((&first, _)) = data.split_first() else {
            self.put(END);
            self.bits.finish();
            return;
        };
        // The string matched so far, and how many of `byte` it is when it is a run of one byte.
        let mut current = u16::from(first);
        let mut run = (first, 1usize);
        let mut i = 1;
        while i < data.len() {
            let c = data[i];
            if run.1 > 0 && c == run.0 {
                // The run goes on: take all of it.
                let more = data[i..].iter().take_while(|&&b| b == c).count();
                (current, run.1) = self.extend_run(c, run.1 + more);
                i += more;
                continue;
            }
            let at = usize::from(current) * 256 + usize::from(c);
            match self.table[at] {
                0 => {
                    self.put(current);
                    self.add(current, c);
                    current = u16::from(c);
                    run = (c, 1);
                }
                code => {
                    current = code;
                    run.1 = 0;
                }
            }
            i += 1;
        }
        self.put(current);
        self.put(END);
        self.bits.finish();
    }

    /// Matches `n` bytes `b` in a row (the string matched so far being the first of them), emitting
    /// the longest runs the table has and adding the next longer each time, as the byte-by-byte
    /// walk would; the code of the run left matched, and its length.
    fn extend_run(&mut self, b: u8, mut n: usize) -> (u16, usize) {
        loop {
            let known = self.runs[usize::from(b)].len();
            if n <= known {
                return (self.runs[usize::from(b)][n - 1], n);
            }
            let longest = self.runs[usize::from(b)][known - 1];
            self.put(longest);
            self.add(longest, b);
            n -= known;
        }
    }
}

/// Codes packed into bytes, least significant bit first.
struct BitWriter<'a> {
    out: &'a mut Vec<u8>,
    acc: u64,
    n: u32,
    width: u32,
}

impl BitWriter<'_> {
    fn put(&mut self, code: u16) {
        self.acc |= u64::from(code) << self.n;
        self.n += self.width;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    fn finish(&mut self) {
        if self.n > 0 {
            self.out.push(self.acc as u8);
            self.acc = 0;
            self.n = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &[u8]) -> usize {
        let mut out = Vec::new();
        encode(data, &mut out);
        assert_eq!(out[0], MIN_CODE_SIZE);
        let mut decoder = weezl::decode::Decoder::new(weezl::BitOrder::Lsb, MIN_CODE_SIZE);
        let back = decoder.decode(&out[1..]).expect("a valid LZW stream");
        assert!(back == data, "{} bytes back for {}", back.len(), data.len());
        out.len()
    }

    #[test]
    fn random_bytes_come_back_across_many_clears() {
        let mut x = 7u32;
        let data: Vec<u8> = (0..200_000)
            .map(|_| {
                x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (x >> 24) as u8
            })
            .collect();
        round_trip(&data);
    }

    #[test]
    fn runs_come_back_and_compress_to_little() {
        // A frame of changes: mostly transparent, a few changed rows, runs of a fill.
        let mut data = vec![255u8; 1_600_000];
        for (i, b) in data.iter_mut().enumerate().skip(400_000).take(3_000) {
            *b = (i % 7) as u8;
        }
        data[900_000..960_000].fill(3);
        let size = round_trip(&data);
        assert!(size < 20_000, "{size} bytes");
        // Short runs of many bytes, and a run that starts inside a longer string.
        let mixed: Vec<u8> = (0..50_000u32)
            .flat_map(|i| std::iter::repeat_n((i % 5) as u8, (i % 13) as usize + 1))
            .collect();
        round_trip(&mixed);
        round_trip(&[]);
        round_trip(&[9]);
        round_trip(&[4, 4]);
    }
}
