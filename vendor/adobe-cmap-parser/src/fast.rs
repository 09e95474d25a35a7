//! A hand-written lexer for the grammar of `lib.rs` (loanlint).
//!
//! It follows the pom grammar rule by rule (the same alternatives in the same order, the same
//! greedy repeats) for the constructs a plain CMap is made of, and gives up (`None`) wherever
//! the grammar would do something it does not reproduce: a NUL or form-feed byte anywhere, an
//! escape or a nested parenthesis in a literal string, a `#` in a name, a real number other
//! than `.5`-style, an integer of more than 18 digits, an odd hex digit, a non-UTF-8
//! dictionary key, a comment without an end of line, or any token the grammar would stop at
//! (the grammar then returns the values before it; the caller lets it). `None` sends the input
//! to the original grammar, so the values returned are always the grammar's own.

use std::collections::HashMap;

use super::Value;

/// The values of `input`, or `None` when the original grammar must decide.
pub fn lex(input: &[u8]) -> Option<Vec<Value>> {
    if input.iter().any(|&b| b == 0 || b == 0x0C) {
        return None;
    }
    let mut lexer = Lexer { s: input, pos: 0 };
    let mut out = Vec::new();
    // file: ( comment* content_space value )+
    loop {
        while lexer.peek() == Some(b'%') {
            lexer.comment()?;
        }
        lexer.skip_space();
        if lexer.pos >= input.len() {
            break;
        }
        out.push(lexer.value()?);
    }
    if out.is_empty() { None } else { Some(out) }
}

struct Lexer<'a> {
    s: &'a [u8],
    pos: usize,
}

fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\n' || b == b'\r'
}

fn is_alpha(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn rest(&self) -> &'a [u8] {
        self.s.get(self.pos..).unwrap_or_default()
    }

    /// content_space: the grammar's `multispace` (space, tab, CR, LF), any number.
    fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.pos += 1;
        }
    }

    /// `%` to the end of the line, the end of line included (CRLF, LF or CR).
    fn comment(&mut self) -> Option<()> {
        self.pos += 1;
        while let Some(b) = self.peek() {
            match b {
                b'\r' => {
                    self.pos += 1;
                    if self.peek() == Some(b'\n') {
                        self.pos += 1;
                    }
                    return Some(());
                }
                b'\n' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
        None
    }

    /// value: one token, then content_space.
    fn value(&mut self) -> Option<Value> {
        let v = self.bare_value()?;
        self.skip_space();
        Some(v)
    }

    fn bare_value(&mut self) -> Option<Value> {
        let rest = self.rest();
        if rest.starts_with(b"true") {
            self.pos += 4;
            return Some(Value::Boolean(true));
        }
        if rest.starts_with(b"false") {
            self.pos += 5;
            return Some(Value::Boolean(false));
        }
        match *rest.first()? {
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            b'/' => self.name().map(Value::Name),
            b if is_alpha(b) || b == b'*' || b == b'\'' || b == b'"' => {
                let start = self.pos;
                while self
                    .peek()
                    .is_some_and(|b| is_alpha(b) || b == b'*' || b == b'\'' || b == b'"')
                {
                    self.pos += 1;
                }
                let op = std::str::from_utf8(self.s.get(start..self.pos)?).ok()?;
                Some(Value::Operator(op.to_string()))
            }
            b'(' => self.literal(),
            b'<' if rest.starts_with(b"<<") => self.dictionary(),
            b'<' => self.hex(),
            b'[' => self.array(),
            _ => None,
        }
    }

    /// integer (`[+-]?[0-9]+`), else number's `[+-]?.[0-9]+` alternative (the only one
    /// reachable when the integer rule fails without overflowing).
    fn number(&mut self) -> Option<Value> {
        let start = self.pos;
        if matches!(self.peek(), Some(b'+' | b'-')) {
            self.pos += 1;
        }
        let digits = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.pos += 1;
        }
        let text = std::str::from_utf8(self.s.get(start..self.pos)?).ok()?;
        match self.pos - digits {
            // No overflow below 19 digits: the integer rule succeeds.
            1..=18 => text.parse::<i64>().ok().map(Value::Integer),
            0 if self.peek() == Some(b'.') => {
                self.pos += 1;
                let fraction = self.pos;
                while self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    self.pos += 1;
                }
                if self.pos == fraction {
                    return None;
                }
                let text = std::str::from_utf8(self.s.get(start..self.pos)?).ok()?;
                Some(Value::Number(text.to_string()))
            }
            _ => None,
        }
    }

    /// `/` and the bytes up to a delimiter (a `#` escape: `None`).
    fn name(&mut self) -> Option<Vec<u8>> {
        self.pos += 1;
        let start = self.pos;
        while let Some(b) = self.peek() {
            match b {
                b'#' => return None,
                b' ' | b'\t' | b'\n' | b'\r' | b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{'
                | b'}' | b'/' | b'%' => break,
                _ => self.pos += 1,
            }
        }
        Some(self.s.get(start..self.pos)?.to_vec())
    }

    /// `( ... )` without escapes or nested parentheses.
    fn literal(&mut self) -> Option<Value> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek()? {
                b')' => break,
                b'\\' | b'(' => return None,
                _ => self.pos += 1,
            }
        }
        let bytes = self.s.get(start..self.pos)?.to_vec();
        self.pos += 1;
        Some(Value::LiteralString(bytes))
    }

    /// `<` pairs of hex digits, blanks between pairs, `>`.
    fn hex(&mut self) -> Option<Value> {
        self.pos += 1;
        let mut bytes = Vec::new();
        loop {
            let save = self.pos;
            self.skip_space();
            let pair = (
                self.peek().and_then(hex_value),
                self.s.get(self.pos + 1).copied().and_then(hex_value),
            );
            match pair {
                (Some(hi), Some(lo)) => {
                    bytes.push(hi << 4 | lo);
                    self.pos += 2;
                }
                _ => {
                    self.pos = save;
                    break;
                }
            }
        }
        self.skip_space();
        if self.peek() != Some(b'>') {
            return None;
        }
        self.pos += 1;
        Some(Value::LiteralString(bytes))
    }

    /// `[` values `]`.
    fn array(&mut self) -> Option<Value> {
        self.pos += 1;
        self.skip_space();
        let mut items = Vec::new();
        while self.peek()? != b']' {
            items.push(self.value()?);
        }
        self.pos += 1;
        Some(Value::Array(items))
    }

    /// `<<` (name value)* `>>`, later keys replacing earlier ones.
    fn dictionary(&mut self) -> Option<Value> {
        self.pos += 2;
        self.skip_space();
        let mut dict = HashMap::new();
        while self.peek() == Some(b'/') {
            let key = String::from_utf8(self.name()?).ok()?;
            self.skip_space();
            let value = self.value()?;
            dict.insert(key, value);
        }
        if !self.rest().starts_with(b">>") {
            return None;
        }
        self.pos += 2;
        Some(Value::Dictionary(dict))
    }
}
