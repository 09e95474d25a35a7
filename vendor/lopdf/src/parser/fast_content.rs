//! A hand-written lexer for content streams, used by [`super::content`] before the nom
//! grammar (added by loanlint; see the vendored README).
//!
//! It reads one operation at a time and handles what text extraction meets in practice:
//! numbers, names, literal and hexadecimal strings, flat arrays of those, and operators. At
//! anything else (a comment, an inline image, a dictionary, a nested array, `#` in a name,
//! `null`/`true`/`false`, NUL or form-feed bytes, an integer that overflows, a reference in
//! an array, a string nested too deep, ...) it gives the operation to the original grammar,
//! which parses it from its first byte. Each operation is parsed independently by the
//! grammar, so the result is the grammar's own, operation for operation, and allocations are
//! only the values themselves.

use super::operation;
use crate::content::{Content, Operation};
use crate::{Object, StringFormat};

/// Deepest string nesting handled here (the grammar allows more; deeper goes to it).
const MAX_STRING_NESTING: usize = 32;

/// Parse a content stream: the same result as the nom grammar's `content`.
pub(crate) fn content(input: &[u8]) -> Option<Content<Vec<Operation>>> {
    // About one operation per dozen bytes in text-heavy streams (capacity not touched costs
    // no memory); operands gather in one reused buffer and are moved out at their exact size.
    let mut operations = Vec::with_capacity((input.len() / 12).min(1 << 18));
    let mut scratch = Vec::with_capacity(16);
    let mut pos = skip_content_space(input, 0);
    while pos < input.len() {
        if let Some((op, next)) = fast_operation(input, pos, &mut scratch) {
            operations.push(op);
            pos = next;
            continue;
        }
        let rest = input.get(pos..)?;
        match operation(rest) {
            Ok((after, op)) => {
                operations.push(op);
                pos = input.len() - after.len();
            }
            // `many0` stops quietly at an operation that does not parse.
            Err(nom::Err::Error(_)) => break,
            Err(_) => return None,
        }
    }
    Some(Content { operations })
}

/// The content stream's white space between tokens (the grammar's `content_space`).
#[inline]
fn is_content_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

/// White space inside an array (the grammar's `space`, comments excepted).
#[inline]
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\0' | b'\x0C')
}

#[inline]
fn skip_content_space(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && is_content_space(b[p]) {
        p += 1;
    }
    p
}

#[inline]
fn skip_space(b: &[u8], mut p: usize) -> usize {
    while p < b.len() && is_space(b[p]) {
        p += 1;
    }
    p
}

#[inline]
fn is_operator_char(c: u8) -> bool {
    c.is_ascii_alphabetic() || matches!(c, b'*' | b'\'' | b'"')
}

#[inline]
fn is_regular(c: u8) -> bool {
    !is_space(c) && !b"()<>[]{}/%".contains(&c)
}

/// One operation from `start` (no leading white space): the operation and where the next
/// one starts, or `None` to let the grammar read it.
fn fast_operation(b: &[u8], start: usize, operands: &mut Vec<Object>) -> Option<(Operation, usize)> {
    if b[start..].starts_with(b"BI") {
        return None;
    }
    operands.clear();
    let mut p = start;
    loop {
        let c = *b.get(p)?;
        let (object, next) = match c {
            c if is_operator_char(c) => {
                let end = p + b[p..].iter().take_while(|&&c| is_operator_char(c)).count();
                let word = &b[p..end];
                // The grammar tries these keywords as operands before operators.
                if word.starts_with(b"null") || word.starts_with(b"true") || word.starts_with(b"false") {
                    return None;
                }
                let operator = std::str::from_utf8(word).ok()?.to_owned();
                let operands = operands.drain(..).collect();
                return Some((Operation { operator, operands }, skip_content_space(b, end)));
            }
            b'[' => array(b, p)?,
            _ => object(b, p)?,
        };
        operands.push(object);
        p = skip_content_space(b, next);
    }
}

/// A number, name or string at `p`, and the position after it.
fn object(b: &[u8], p: usize) -> Option<(Object, usize)> {
    match b[p] {
        b'0'..=b'9' | b'+' | b'-' | b'.' => number(b, p),
        b'/' => name(b, p),
        b'(' => literal_string(b, p),
        b'<' if b.get(p + 1) != Some(&b'<') => hex_string(b, p),
        _ => None,
    }
}

/// `real` (`[+-](digits '.' digits* | '.' digits)`) or else `integer` (`[+-]digits`).
fn number(b: &[u8], p: usize) -> Option<(Object, usize)> {
    let mut q = p;
    if matches!(b[q], b'+' | b'-') {
        q += 1;
    }
    let digits_start = q;
    while q < b.len() && b[q].is_ascii_digit() {
        q += 1;
    }
    let int_digits = q - digits_start;
    if b.get(q) == Some(&b'.') {
        let frac_start = q + 1;
        let mut r = frac_start;
        while r < b.len() && b[r].is_ascii_digit() {
            r += 1;
        }
        if int_digits > 0 || r > frac_start {
            let text = std::str::from_utf8(&b[p..r]).ok()?;
            return Some((Object::Real(text.parse::<f32>().ok()?), r));
        }
        return None;
    }
    if int_digits == 0 {
        return None;
    }
    if int_digits <= 18 {
        // Cannot overflow: summed here rather than through `str::parse`.
        let value = b[digits_start..q].iter().fold(0i64, |v, &d| v * 10 + i64::from(d - b'0'));
        return Some((Object::Integer(if b[p] == b'-' { -value } else { value }), q));
    }
    let text = std::str::from_utf8(&b[p..q]).ok()?;
    Some((Object::Integer(text.parse::<i64>().ok()?), q))
}

/// A name without `#` escapes.
fn name(b: &[u8], p: usize) -> Option<(Object, usize)> {
    let start = p + 1;
    let mut q = start;
    while q < b.len() && is_regular(b[q]) {
        if b[q] == b'#' {
            return None;
        }
        q += 1;
    }
    Some((Object::Name(b[start..q].to_vec()), q))
}

/// A literal string: escapes decoded, nested balanced parentheses kept, line ends as they are.
fn literal_string(b: &[u8], p: usize) -> Option<(Object, usize)> {
    let mut out = Vec::with_capacity(b[p..].iter().position(|&c| c == b')').unwrap_or(0));
    let mut depth = 0usize;
    let mut q = p + 1;
    loop {
        let c = *b.get(q)?;
        match c {
            b')' if depth == 0 => return Some((Object::String(out, StringFormat::Literal), q + 1)),
            b')' => {
                depth -= 1;
                out.push(c);
                q += 1;
            }
            b'(' => {
                depth += 1;
                if depth > MAX_STRING_NESTING {
                    return None;
                }
                out.push(c);
                q += 1;
            }
            b'\\' => {
                let e = *b.get(q + 1)?;
                q += 2;
                match e {
                    b'0'..=b'7' => {
                        let mut value = u16::from(e - b'0');
                        let mut n = 1;
                        while n < 3 && q < b.len() && (b'0'..=b'7').contains(&b[q]) {
                            value = value * 8 + u16::from(b[q] - b'0');
                            q += 1;
                            n += 1;
                        }
                        out.push(value as u8);
                    }
                    b'\r' => {
                        if b.get(q) == Some(&b'\n') {
                            q += 1;
                        }
                    }
                    b'\n' => {}
                    b'n' => out.push(b'\n'),
                    b'r' => out.push(b'\r'),
                    b't' => out.push(b'\t'),
                    b'b' => out.push(b'\x08'),
                    b'f' => out.push(b'\x0C'),
                    other => out.push(other),
                }
            }
            _ => {
                out.push(c);
                q += 1;
            }
        }
    }
}

/// A hexadecimal string; white space between digits skipped, an odd last digit padded.
fn hex_string(b: &[u8], p: usize) -> Option<(Object, usize)> {
    let mut out = Vec::with_capacity(b[p..].iter().position(|&c| c == b'>').unwrap_or(0) / 2);
    let mut high = true;
    let mut q = p + 1;
    loop {
        q = skip_space(b, q);
        let c = *b.get(q)?;
        let nibble = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            b'>' => return Some((Object::String(out, StringFormat::Hexadecimal), q + 1)),
            _ => return None,
        };
        if high {
            out.push(nibble << 4);
        } else if let Some(last) = out.last_mut() {
            *last |= nibble;
        }
        high = !high;
        q += 1;
    }
}

/// A flat array of numbers, names and strings (as `TJ` takes).
fn array(b: &[u8], p: usize) -> Option<(Object, usize)> {
    let mut items = Vec::with_capacity(8);
    let mut q = skip_space(b, p + 1);
    loop {
        let c = *b.get(q)?;
        if c == b']' {
            return Some((Object::Array(items), q + 1));
        }
        if c.is_ascii_digit() && looks_like_reference(b, q) {
            return None;
        }
        let (item, next) = object(b, q)?;
        items.push(item);
        q = skip_space(b, next);
        if b.get(q) == Some(&b'%') {
            return None;
        }
    }
}

/// Whether `digits space digits space R` starts at `p` (the grammar reads a reference there).
fn looks_like_reference(b: &[u8], p: usize) -> bool {
    let digits = |mut q: usize| {
        let s = q;
        while q < b.len() && b[q].is_ascii_digit() {
            q += 1;
        }
        (q > s).then_some(q)
    };
    // The grammar's `space` between the parts may also hold comments: treat `%` as a match
    // (the caller then leaves the operation to the grammar).
    let gap = |q: usize| {
        let r = skip_space(b, q);
        (b.get(r) != Some(&b'%')).then_some(r)
    };
    let Some(q) = digits(p) else { return false };
    let Some(q) = gap(q) else { return true };
    let Some(q) = digits(q) else { return false };
    let Some(q) = gap(q) else { return true };
    b.get(q) == Some(&b'R')
}
