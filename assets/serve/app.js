// loanlint serve: the page's one script. Sends the form to /api/case and shows the answer.
// Text from the server is only ever set with textContent (never parsed as HTML).
"use strict";

const T = {
  zh: {
    title: "loanlint 借款合同检查",
    lead: "上传借款合同（PDF、网页、Word、截图）或粘贴文字，看看它实际的年化成本、哪些条款违法、依法最多应还多少，并下载可以寄出的信函。",
    contract: "借款合同", upload: "上传文件（可多选：同一份合同的多张截图按顺序选择）",
    upload_hint: "支持 PDF、HTML、DOCX、TXT、PNG、JPG、WebP。", paste: "或粘贴合同文字",
    optional: "催收短信、逾期天数、对方要求的金额（可选）", message: "催收短信或消息",
    message_ph: "粘贴收到的短信", message_file: "或上传短信截图",
    days: "已逾期天数", demanded: "对方要求还款金额（元）",
    consent: "我同意本机构保存本次上传的材料和结果，用于为我提供帮助。",
    go: "开始检查", privacy: "文件只在检查期间保存在服务器内存或临时文件中，检查结束即删除；服务器只记录次数和耗时。",
    footer: "loanlint 仅作参考，不构成法律意见。",
    working: "正在检查，截图识别可能需要一分钟…", failed: "无法检查：",
    verdict: "结论", v_violation: "合同有违法条款，签署或还款前请先看下面的问题。",
    v_warning: "没有发现违法条款，但有需要注意的地方。", v_clean: "没有发现问题。",
    v_notloan: "这份文件看起来不是借款合同。",
    counts: (v, w) => `违规 ${v} 项，提示 ${w} 项`, apr: "实际年化成本",
    worst: "最严重的问题", terms: "主要条款", cost: "费用", findings: "发现的问题",
    claim: "依法应还", message_card: "催收消息", letters: "信函（下载后可打印或复制发送）",
    download: "下载", full: "完整报告", none: "无",
    sev: { violation: "违规", warning: "提示", info: "说明" },
    t: { principal: "借款本金", disbursed: "实际到账", term: "借款期限", payment: "每期还款",
      total_of_payments: "还款总额", lender: "出借人", installments: "期数" },
    months: (n) => `${n}个月`, nominal: "年化利率（单利）", effective: "年化利率（复利）",
    c: { total_interest: "利息合计", total_fees: "费用合计", total_repayable: "还款总额", net_disbursed: "实际到账" },
    tier: "判断", steps: "下一步", overdue: "逾期费用",
  },
  en: {
    title: "loanlint: loan contract check",
    lead: "Upload a loan contract (PDF, web page, Word, screenshots) or paste its text to see what it really costs a year, which terms break the law, what is lawfully owed, and letters you can send.",
    contract: "Loan contract", upload: "Upload files (several screenshots of one contract: pick them in order)",
    upload_hint: "PDF, HTML, DOCX, TXT, PNG, JPG or WebP.", paste: "or paste the contract's text",
    optional: "Collection message, days overdue, sum demanded (optional)", message: "Collection message",
    message_ph: "Paste the message you received", message_file: "or upload a screenshot of it",
    days: "Days overdue", demanded: "Sum demanded",
    consent: "I agree that this clinic keeps what I uploaded and the results, to help me.",
    go: "Check", privacy: "Files stay in the server's memory or temporary files only while they are checked, then are deleted; the server logs only counts and timings.",
    footer: "loanlint gives information, not legal advice.",
    working: "Checking; screenshots can take a minute…", failed: "Could not check: ",
    verdict: "Verdict", v_violation: "This contract has unlawful terms: read the problems below before you sign or pay.",
    v_warning: "No unlawful term found, but some points need care.", v_clean: "No problem found.",
    v_notloan: "This document does not look like a loan contract.",
    counts: (v, w) => `${v} violation(s), ${w} warning(s)`, apr: "Real annual cost",
    worst: "Most serious problem", terms: "Key terms", cost: "Cost", findings: "Problems found",
    claim: "Lawfully owed", message_card: "Collection message", letters: "Letters (download, then print or copy)",
    download: "Download", full: "Full report", none: "none",
    sev: { violation: "violation", warning: "warning", info: "note" },
    t: { principal: "Principal", disbursed: "Paid out", term: "Term", payment: "Each payment",
      total_of_payments: "Total of payments", lender: "Lender", installments: "Instalments" },
    months: (n) => `${n} months`, nominal: "Annual rate (nominal)", effective: "Annual rate (effective)",
    c: { total_interest: "Interest", total_fees: "Fees", total_repayable: "Total repayable", net_disbursed: "Paid out" },
    tier: "Verdict", steps: "Next steps", overdue: "Overdue cost",
  },
};

let lang = document.documentElement.lang === "zh" ? "zh" : "en";
let last = null;

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

function applyLanguage() {
  const s = T[lang];
  document.documentElement.lang = lang;
  document.title = s.title;
  document.querySelectorAll("[data-t]").forEach((n) => { n.textContent = s[n.dataset.t]; });
  document.querySelectorAll("[data-tp]").forEach((n) => { n.placeholder = s[n.dataset.tp]; });
  document.getElementById("lang").value = lang;
  if (last) render(last);
}

function money(m) {
  if (!m || m.amount === undefined) return "";
  const sign = { CNY: "¥", USD: "$", GBP: "£", EUR: "€" }[m.currency] || (m.currency ? m.currency + " " : "");
  const n = Number(m.amount);
  return sign + (isFinite(n) ? n.toLocaleString(lang === "zh" ? "zh-CN" : "en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : m.amount);
}

function pct(s) { return s === undefined || s === null ? "" : (Math.round(Number(s) * 100) / 100).toFixed(2) + "%"; }

function quote(ev) {
  if (!ev || !ev.text) return null;
  const where = ev.page ? (lang === "zh" ? `[第${ev.page}页] ` : `[p. ${ev.page}] `) : "";
  return el("blockquote", null, where + "“" + ev.text + "”");
}

function card(title, cls) {
  const c = el("section", "card" + (cls ? " " + cls : ""));
  c.appendChild(el("h2", null, title));
  return c;
}

function verdictCard(report) {
  const s = T[lang];
  const findings = report.findings || [];
  const v = findings.filter((f) => f.severity === "violation").length;
  const w = findings.filter((f) => f.severity === "warning").length;
  const notLoan = report.document && report.document.kind === "other";
  const kind = v ? "violation" : w ? "warning" : "";
  const c = card(s.verdict, "verdict " + kind);
  c.appendChild(el("p", "big", notLoan ? s.v_notloan : v ? s.v_violation : w ? s.v_warning : s.v_clean));
  c.appendChild(el("p", null, s.counts(v, w)));
  if (report.apr) c.appendChild(el("p", null, `${s.apr}: ${pct(report.apr.nominal_percent)} (${report.apr.method})`));
  const top = findings.find((f) => f.severity === "violation") || findings.find((f) => f.severity === "warning");
  if (top) c.appendChild(el("p", null, `${s.worst}: ${lang === "zh" && top.message_zh ? top.message_zh : top.message}`));
  return c;
}

function termsCard(terms) {
  const s = T[lang];
  const c = card(s.terms);
  const dl = el("dl");
  const add = (key, value, ev) => {
    if (!value) return;
    dl.appendChild(el("dt", null, s.t[key]));
    const dd = el("dd", null, value);
    const q = quote(ev);
    if (q) dd.appendChild(q);
    dl.appendChild(dd);
  };
  add("principal", money(terms.principal), terms.principal && terms.principal.evidence);
  add("disbursed", money(terms.disbursed), terms.disbursed && terms.disbursed.evidence);
  if (terms.term) add("term", terms.term.months ? s.months(terms.term.months) : terms.term.days ? terms.term.days + (lang === "zh" ? "天" : " days") : "", terms.term.evidence);
  if (terms.installments) add("installments", String(terms.installments.count), terms.installments.evidence);
  add("payment", money(terms.payment), terms.payment && terms.payment.evidence);
  add("total_of_payments", money(terms.total_of_payments), terms.total_of_payments && terms.total_of_payments.evidence);
  if (terms.lender && terms.lender.name) add("lender", terms.lender.name, terms.lender.evidence);
  c.appendChild(dl);
  return c;
}

function costCard(report) {
  const s = T[lang];
  if (!report.apr && !report.cost) return null;
  const c = card(s.cost);
  const dl = el("dl");
  const add = (k, v) => { if (v) { dl.appendChild(el("dt", null, k)); dl.appendChild(el("dd", null, v)); } };
  if (report.apr) { add(s.nominal, pct(report.apr.nominal_percent)); add(s.effective, pct(report.apr.effective_percent)); }
  const cur = report.terms.principal ? report.terms.principal.currency : "";
  if (report.cost) Object.keys(s.c).forEach((k) => { if (report.cost[k] !== undefined) add(s.c[k], money({ amount: report.cost[k], currency: cur })); });
  c.appendChild(dl);
  return c;
}

function findingsCard(findings) {
  const s = T[lang];
  const c = card(`${s.findings} (${findings.length})`);
  if (!findings.length) c.appendChild(el("p", null, s.none));
  const order = { violation: 0, warning: 1, info: 2 };
  findings.slice().sort((a, b) => order[a.severity] - order[b.severity]).forEach((f) => {
    const d = el("div", "finding");
    const head = el("p");
    head.appendChild(el("span", "tag " + f.severity, s.sev[f.severity] || f.severity));
    head.appendChild(document.createTextNode(lang === "zh" && f.message_zh ? f.message_zh : f.message));
    d.appendChild(head);
    (f.evidence || []).forEach((ev) => { const q = quote(ev); if (q) d.appendChild(q); });
    d.appendChild(el("p", "cite", f.citation));
    c.appendChild(d);
  });
  return c;
}

function textCard(title, lines) {
  const c = card(title);
  lines.filter(Boolean).forEach((l) => c.appendChild(el("p", null, l)));
  return c;
}

// Letter links: each letter is a blob: URL made here (the server keeps nothing to link to),
// revoked when the results are drawn again.
let letterUrls = [];

function lettersCard(letters) {
  const s = T[lang];
  const c = card(s.letters, "letters");
  letters.forEach((l) => {
    const url = URL.createObjectURL(new Blob([l.text], { type: "text/plain;charset=utf-8" }));
    letterUrls.push(url);
    const a = el("a", "letter", `${s.download} ${l.file_name}`);
    a.href = url;
    a.download = l.file_name;
    c.appendChild(a);
  });
  return c;
}

function render(answer) {
  const s = T[lang];
  const out = document.getElementById("results");
  out.replaceChildren();
  letterUrls.forEach((u) => URL.revokeObjectURL(u));
  letterUrls = [];
  const report = answer.check;
  out.appendChild(verdictCard(report));
  out.appendChild(termsCard(report.terms || {}));
  const cost = costCard(report);
  if (cost) out.appendChild(cost);
  out.appendChild(findingsCard(report.findings || []));
  const claim = report.lawful_claim && report.lawful_claim.whole_loan;
  const due = answer.overdue && answer.overdue.due_now;
  if (claim || due) {
    const pick = (p) => p && (lang === "zh" ? p.headline_zh : p.headline_en);
    out.appendChild(textCard(s.claim, [pick(due), pick(claim)]));
  }
  if (answer.message) {
    const m = answer.message;
    out.appendChild(textCard(s.message_card, [
      `${s.tier}: ${lang === "zh" ? m.tier_reason_zh : m.tier_reason_en}`,
      ...(m.findings || []).map((f) => `• ${lang === "zh" && f.message_zh ? f.message_zh : f.message}`),
      ...(m.next_steps || []).map((x) => `→ ${x}`),
    ]));
  }
  if (answer.letters && answer.letters.length) out.appendChild(lettersCard(answer.letters));
  const full = el("details", "card");
  full.appendChild(el("summary", null, s.full));
  [answer.check_text, answer.overdue_text, answer.message_text].filter(Boolean).forEach((t) => full.appendChild(el("pre", null, t)));
  out.appendChild(full);
  out.hidden = false;
}

async function submit(event) {
  event.preventDefault();
  const s = T[lang];
  const form = event.target;
  const status = document.getElementById("status");
  const button = document.getElementById("go");
  button.disabled = true;
  status.className = "";
  status.textContent = s.working;
  try {
    const response = await fetch("/api/case", { method: "POST", body: new FormData(form) });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
    last = body;
    status.textContent = "";
    render(body);
    document.getElementById("results").scrollIntoView({ behavior: "smooth" });
  } catch (e) {
    status.className = "error";
    status.textContent = s.failed + e.message;
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  if (document.documentElement.dataset.keep === "on") document.getElementById("consent-box").hidden = false;
  document.getElementById("switch").addEventListener("click", () => { lang = lang === "zh" ? "en" : "zh"; applyLanguage(); });
  document.getElementById("case").addEventListener("submit", submit);
  applyLanguage();
});
