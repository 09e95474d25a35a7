//! Decoding plain-text contracts: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030
//! (a superset of GBK and GB2312, the usual encodings of Chinese text saved on Windows).

/// Decode bytes to a string, or `None` when no supported encoding fits.
pub fn decode(bytes: &[u8]) -> Option<String> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (!had_errors).then(|| text.into_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_owned());
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    (!had_errors).then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn reads_utf8_and_gbk() {
        assert_eq!(decode("借款金额".as_bytes()).as_deref(), Some("借款金额"));
        let (gbk, _, _) = encoding_rs::GBK.encode("借款金额：人民币壹万元整");
        assert_eq!(decode(&gbk).as_deref(), Some("借款金额：人民币壹万元整"));
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice("年利率".as_bytes());
        assert_eq!(decode(&bom).as_deref(), Some("年利率"));
    }

    #[test]
    fn rejects_binary_garbage() {
        // 0x80 alone is invalid in GB18030 as in UTF-8.
        assert_eq!(decode(&[0x80, 0x80, 0xFF, 0xFF, 0x30]), None);
    }
}
