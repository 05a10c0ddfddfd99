// report's search: no service, no framework. search-index.js sets window.REPORT_SEARCH to
// [{p: path, t: title, x: text}]. Latin words match as lower-case substrings; Chinese is
// matched by character pairs (bigrams) after folding common Traditional characters to
// Simplified, so 昇腾 finds 昇騰. Results are built with DOM nodes only, never innerHTML.
(function () {
  "use strict";
  var pairs = "騰腾紀纪偉伟達达華华為为國国輝辉體体導导電电際际與与們们這这個个會会對对發发產产業业經经濟济資资訊讯" +
    "號号學学術术計计憶忆處处萬万億亿長长門门開开關关區区應应權权舉举輸输聯联網网雲云數数據据機机構构務务圖图灣湾臺台" +
    "進进價价貿贸無无線线標标準准備备設设證证點点車车東东兩两來来時时間间問问題题見见說说話话讀读書书壓压錢钱鐵铁銷销" +
    "續续習习營营運运項项擬拟報报簡简單单軟软將将過过還还邊边選选遠远後后裡里複复雜杂險险製制測测試试驗验變变頭头類类" +
    "響响顯显飛飞龍龙齊齐麥麦黃黄鳥鸟魚鱼廠厂場场貨货幣币閱阅記记錄录態态費费購购買买賣卖雙双協协議议總总統统規规範范" +
    "許许審审層层級级擴扩張张專专屬属絡络係系劃划實实現现優优勢势環环節节組组織织參参積积極极條条壁壁鯤鲲崙仑摩摩爾尔" +
    "線线訓训練练晶晶圓圆";
  var fold = {};
  for (var i = 0; i + 1 < pairs.length; i += 2) { fold[pairs[i]] = pairs[i + 1]; }

  function isHan(c) { var n = c.charCodeAt(0); return (n >= 0x3400 && n <= 0x9fff) || (n >= 0xf900 && n <= 0xfaff); }

  // Same length as its input, so positions in the folded text are positions in the original.
  function normal(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (fold[c]) { out += fold[c]; continue; }
      var lower = c.toLowerCase();
      out += lower.length === 1 ? lower : c;
    }
    return out;
  }

  // Latin runs as words; each Chinese run as its bigrams (a single character alone).
  function terms(query) {
    var out = [];
    var runs = normal(query).match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\s\u3400-\u9fff\uf900-\ufaff.,;:!?()"'“”]+/g) || [];
    runs.forEach(function (run) {
      if (!isHan(run[0])) { out.push(run); return; }
      if (run.length === 1) { out.push(run); return; }
      for (var i = 0; i + 1 < run.length; i++) { out.push(run.slice(i, i + 2)); }
    });
    return out.filter(function (t, i) { return out.indexOf(t) === i; });
  }

  function count(haystack, needle) {
    var n = 0, at = haystack.indexOf(needle);
    while (at !== -1) { n++; at = haystack.indexOf(needle, at + needle.length); }
    return n;
  }

  function search(query, pages) {
    var wanted = terms(query);
    if (!wanted.length) { return []; }
    var found = [];
    pages.forEach(function (page) {
      if (!page.nt) { page.nt = normal(page.t); page.nx = normal(page.x); }
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        var inTitle = count(page.nt, wanted[i]), inText = count(page.nx, wanted[i]);
        if (!inTitle && !inText) { return; }
        score += inTitle * 10 + inText;
      }
      found.push({ page: page, score: score, terms: wanted });
    });
    found.sort(function (a, b) { return b.score - a.score || (a.page.p < b.page.p ? -1 : 1); });
    return found;
  }

  // About 200 characters around the first match, each match in <mark>.
  function snippet(result) {
    var text = result.page.x, folded = result.page.nx, first = -1;
    result.terms.forEach(function (t) {
      var at = folded.indexOf(t);
      if (at !== -1 && (first === -1 || at < first)) { first = at; }
    });
    if (first === -1) { first = 0; }
    var start = Math.max(0, first - 80), end = Math.min(text.length, first + 120);
    var fragment = document.createDocumentFragment();
    if (start > 0) { fragment.appendChild(document.createTextNode("… ")); }
    var part = folded.slice(start, end), original = text.slice(start, end);
    // Every position inside some match, so overlapping bigrams (寒武, 武纪) mark as one run.
    var hit = [];
    result.terms.forEach(function (t) {
      for (var i = part.indexOf(t); i !== -1; i = part.indexOf(t, i + 1)) {
        for (var k = i; k < i + t.length; k++) { hit[k] = true; }
      }
    });
    var at = 0;
    while (at < part.length) {
      var from = at, marked = !!hit[at];
      while (at < part.length && !!hit[at] === marked) { at++; }
      var piece = original.slice(from, at);
      if (marked) {
        var mark = document.createElement("mark");
        mark.textContent = piece;
        fragment.appendChild(mark);
      } else {
        fragment.appendChild(document.createTextNode(piece));
      }
    }
    if (end < text.length) { fragment.appendChild(document.createTextNode(" …")); }
    return fragment;
  }

  function show(query) {
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var words = document.getElementById("search-words");
    if (!status || !list || !words) { return; }
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!query.trim()) { status.textContent = ""; return; }
    var results = search(query, window.REPORT_SEARCH || []);
    status.textContent = results.length ? words.getAttribute("data-count").replace("{n}", String(results.length))
      : words.getAttribute("data-none");
    results.slice(0, 50).forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.page.p;
      link.textContent = result.page.t;
      var text = document.createElement("p");
      text.appendChild(snippet(result));
      item.appendChild(link);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var input = document.getElementById("search-query");
  if (!input) { return; }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () { show(input.value); });
})();
