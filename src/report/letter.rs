//! `letter`: the letters one after another, as plain text or Markdown, separated by `---`.

use std::io::{self, Write};

use super::Printer;
use crate::letter::Letter;

#[derive(Debug, Default)]
pub struct LetterPrinter {
    pub markdown: bool,
}

impl Printer<[Letter]> for LetterPrinter {
    fn print(&mut self, out: &mut dyn Write, letters: &[Letter]) -> io::Result<()> {
        let bodies: Vec<String> = letters.iter().map(|l| l.body(self.markdown)).collect();
        out.write_all(bodies.join("\n---\n\n").as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::LetterKind;
    use crate::model::Language;

    #[test]
    fn letters_are_separated_by_a_rule_in_text_or_markdown() {
        let letter = |kind, markdown: &str| Letter {
            kind,
            language: Language::En,
            markdown: markdown.into(),
        };
        let letters = [
            letter(LetterKind::Settle, "# Request\n**Due**: 10\n"),
            letter(LetterKind::Objection, "# Objection\n"),
        ];
        let render = |markdown| {
            let mut out = Vec::new();
            LetterPrinter { markdown }
                .print(&mut out, &letters)
                .expect("written");
            String::from_utf8(out).expect("UTF-8")
        };
        assert_eq!(
            render(true),
            "# Request\n**Due**: 10\n\n---\n\n# Objection\n"
        );
        assert_eq!(render(false), "Request\nDue: 10\n---\n\nObjection");
    }
}
