//! Decoding text: a BOM (UTF-8, UTF-16) decides; else a declared charset (HTML `<meta>`);
//! else UTF-8 when the bytes are valid UTF-8; else GB18030 (a superset of GBK and GB2312,
//! the usual encodings of Chinese text saved on Windows) or Big5 (traditional Chinese, Taiwan
//! and Hong Kong), whichever reads as the more ordinary Chinese text.

use std::collections::HashSet;
use std::sync::LazyLock;

use encoding_rs::Encoding;

/// Text and the name of the encoding it was decoded from (`UTF-8`, `GB18030`, `Big5`, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decode bytes to a string, or `None` when no supported encoding fits.
pub fn decode(bytes: &[u8]) -> Option<String> {
    decode_with(bytes, None).map(|d| d.text)
}

/// Decode bytes, trusting a BOM first, then `declared` (a charset the file names), then
/// guessing as [`decode`] does. `None` when no supported encoding decodes without errors.
pub fn decode_with(bytes: &[u8], declared: Option<&'static Encoding>) -> Option<Decoded> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return strict(encoding, bytes.get(bom_len..).unwrap_or_default());
    }
    if let Some(encoding) = declared.filter(|e| *e != encoding_rs::UTF_8)
        && let Some(decoded) = strict(encoding, bytes)
    {
        return Some(decoded);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
        });
    }
    let gb = strict(encoding_rs::GB18030, bytes);
    let big5 = strict(encoding_rs::BIG5, bytes);
    match (gb, big5) {
        (Some(gb), Some(big5)) => Some(if common_share(&big5.text) > common_share(&gb.text) {
            big5
        } else {
            gb
        }),
        (gb, big5) => gb.or(big5),
    }
}

fn strict(encoding: &'static Encoding, bytes: &[u8]) -> Option<Decoded> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    (!had_errors).then(|| Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
    })
}

/// Frequent characters of Chinese contracts, in both scripts: text decoded with the wrong
/// one of GB18030 and Big5 is mostly rare characters, symbols and kana.
const COMMON: &str = "的一是不了人我在有他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日军軍者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西斯月话話合回特代内內信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活尔爾更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指克许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運借款贷貸甲乙丙还還息率费費额額元整约約违違责責支付逾罚罰担擔押签簽署";

static COMMON_SET: LazyLock<HashSet<char>> = LazyLock::new(|| COMMON.chars().collect());

/// Share of the first 20,000 non-ASCII characters that are common Chinese characters.
fn common_share(text: &str) -> f64 {
    let mut seen = 0usize;
    let mut common = 0usize;
    for c in text.chars().filter(|c| !c.is_ascii()).take(20_000) {
        seen += 1;
        common += usize::from(COMMON_SET.contains(&c));
    }
    if seen == 0 {
        0.0
    } else {
        common as f64 / seen as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn tells_big5_from_gbk_and_names_the_encoding() {
        let traditional =
            "借款合約：甲方向乙方借款新臺幣伍萬元整，年利率百分之十，還款期限十二個月。";
        let (big5, _, had_errors) = encoding_rs::BIG5.encode(traditional);
        assert!(!had_errors);
        let got = decode_with(&big5, None).expect("decodes");
        assert_eq!((got.text.as_str(), got.encoding), (traditional, "Big5"));
        let simplified =
            "借款合同：甲方向乙方借款人民币伍万元整，年利率百分之十，还款期限十二个月。";
        let (gbk, _, _) = encoding_rs::GBK.encode(simplified);
        let got = decode_with(&gbk, None).expect("decodes");
        assert_eq!((got.text.as_str(), got.encoding), (simplified, "gb18030"));
        let mut with_bom = vec![0xFF, 0xFE];
        with_bom.extend(simplified.encode_utf16().flat_map(u16::to_le_bytes));
        let got = decode_with(&with_bom, None).expect("decodes");
        assert_eq!((got.text.as_str(), got.encoding), (simplified, "UTF-16LE"));
    }

    #[test]
    fn rejects_binary_garbage() {
        // 0x80 alone is invalid in GB18030 as in UTF-8 and Big5.
        assert_eq!(decode(&[0x80, 0x80, 0xFF, 0xFF, 0x30]), None);
    }
}
