//! lopdf's Flate decoding keeps one zlib reader per thread and resets it for each stream
//! (vendor/lopdf, `inflate_to_end`). Whatever streams came before, each must decode to the
//! bytes a fresh `flate2::read::ZlibDecoder` gives, damaged ones included (what a damaged
//! stream yields before its error is what loanlint keeps).

use std::io::{Read, Write};

use lopdf::{Dictionary, Object, Stream};

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).expect("in memory");
    e.finish().expect("in memory")
}

/// What lopdf decoded before the reader was kept: a fresh decoder over the bytes, and on an
/// error with nothing read, raw deflate after the 2-byte header.
fn fresh(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() * 2);
    if !input.is_empty()
        && flate2::read::ZlibDecoder::new(input)
            .read_to_end(&mut out)
            .is_err()
        && out.is_empty()
        && input.len() > 2
    {
        let _ = flate2::read::DeflateDecoder::new(&input[2..]).read_to_end(&mut out);
    }
    out
}

fn flate_stream(content: Vec<u8>) -> Stream {
    let mut dict = Dictionary::new();
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    Stream::new(dict, content).with_compression(false)
}

#[test]
fn each_stream_decodes_as_with_a_fresh_decoder_whatever_came_before() {
    // Larger than the reader's 32 KB input steps, so that a stream spans several of them.
    let text: Vec<u8> = (0..40_000u32)
        .flat_map(|i| format!("BT ({}) Tj ET\n", i * 7919 % 10007).into_bytes())
        .collect();
    let clean = zlib(&text);
    assert!(clean.len() > 64 << 10, "{}", clean.len());
    let mut damaged = clean.clone();
    damaged[clean.len() / 2] ^= 0x5a;
    let truncated = clean[..clean.len() / 3].to_vec();
    let mut bad_header = zlib(b"BT (a) Tj ET");
    bad_header[0] = 0x00;
    let small = zlib("第一条 借款金额 (10,000) Tj".as_bytes());
    let inputs = [
        &clean,
        &damaged,
        &small,
        &truncated,
        &bad_header,
        &Vec::new(),
        &clean,
        &small,
    ];
    for round in 0..2 {
        for (i, input) in inputs.iter().enumerate() {
            let got = flate_stream(input.to_vec())
                .decompressed_content()
                .expect("flate decodes");
            assert_eq!(got, fresh(input), "round {round}, stream {i}");
        }
    }
    let again = flate_stream(clean).decompressed_content().expect("clean");
    assert_eq!(again, text);
}
