/**
 * Question text → a canonical form the matcher can compare with graph names: NFKC (full-width
 * letters, digits and punctuation fold to ASCII), traditional → simplified, lower-case Latin,
 * no whitespace.
 */
import * as OpenCC from 'opencc-js/t2cn';
import { parseChineseNumeral } from '../text/numbers.js';

// Pairs of traditional → simplified characters common in government and economic writing.
// Not exhaustive on purpose: names in the graph are simplified, so only characters that occur in
// organisation names, titles, metrics and question words matter.
const T2S_PAIRS =
  '誰谁 這这 個个 們们 麼么 嗎吗 呢呢 為为 與与 對对 從从 會会 來来 時时 於于 並并 後后 裡里 裏里 ' +
  '們们 問问 題题 哪哪 幾几 項项 務务 負负 責责 頭头 導导 領领 組组 員员 長长 辦办 廳厅 處处 ' +
  '局局 區区 鎮镇 縣县 旗旗 鄉乡 村村 設设 財财 稅税 統统 計计 監监 審审 資资 源源 發发 展展 ' +
  '改改 革革 業业 農农 牧牧 林林 草草 環环 境境 態态 護护 建建 築筑 城城 規规 劃划 交交 通通 ' +
  '運运 輸输 衛卫 生生 健健 康康 醫医 療疗 保保 障障 險险 勞劳 動动 就就 民民 政政 退退 役役 ' +
  '軍军 事事 場场 檢检 驗验 質质 量量 數数 據据 科科 技技 學学 術术 教教 育育 體体 藝艺 文文 ' +
  '化化 旅旅 遊游 廣广 電电 視视 聞闻 網网 絡络 氣气 象象 應应 急急 災灾 減减 險险 防防 消消 ' +
  '警警 衆众 眾众 總总 値值 值值 產产 額额 億亿 萬万 兩两 標标 達达 實实 現现 預预 期期 劃划 ' +
  '增增 長长 率率 點点 綫线 線线 進进 齊齐 關关 係系 聯联 繫系 系系 擔担 牽牵 協协 助助 配配 ' +
  '合合 負负 單单 位位 門门 構构 機机 關关 歸归 屬属 級级 職职 稱称 職职 任任 免免 聘聘 試试 ' +
  '滿满 屆届 選选 舉举 議议 決决 東东 紅红 圖图 書书 館馆 義义 優优 惠惠 勢势 態态 熱热 ' +
  '暖暖 氫氢 煤煤 礦矿 鋼钢 鐵铁 銀银 錢钱 貿贸 購购 銷销 買买 賣卖 價价 貸贷 幣币 稅税 ' +
  '濟济 經经 營营 業业 築筑 樓楼 園园 綠绿 鄰邻 區区 圍围 聲声 報报 紙纸 誌志 記记 錄录 ' +
  '詞词 語语 說说 話话 講讲 請请 讓让 論论 證证 據据 規规 則则 條条 例例 責责 權权 專专 ' +
  '項项 間间 歲岁 過过 還还 邊边 遠远 適适 選选 遷迁 連连 週周 鏈链 傳传 倫伦 儲储 億亿 ' +
  '係系 價价 佈布 併并 僅仅 優优 兒儿 內内 凈净 淨净 減减 幹干 廢废 廠厂 庫库 彙汇 匯汇 ' +
  '異异 當当 碼码 礎础 穩稳 積积 種种 稱称 競竞 簡简 糧粮 紀纪 約约 級级 純纯 細细 終终 ' +
  '結结 給给 絕绝 統统 維维 綜综 緊紧 編编 緩缓 縮缩 織织 繼继 續续 罰罚 聯联 聽听 腦脑 ' +
  '興兴 舊旧 艦舰 蘇苏 蒙蒙 藥药 補补 裝装 製制 複复 覽览 觀观 計计 訂订 訊讯 託托 ' +
  '設设 許许 訪访 診诊 評评 試试 詢询 認认 誤误 調调 諮咨 談谈 謀谋 謝谢 護护 讀读 變变 ' +
  '豐丰 貝贝 負负 貧贫 貨货 販贩 責责 費费 資资 賀贺 賓宾 賴赖 贊赞 趕赶 車车 軌轨 軟软 ' +
  '較较 載载 輕轻 輔辅 輪轮 轉转 辦办 農农 這这 遞递 選选 郵邮 鄉乡 醫医 釋释 針针 鈴铃 ' +
  '錯错 鍵键 鎮镇 長长 門门 開开 閑闲 間间 閱阅 隊队 陽阳 階阶 際际 陸陆 險险 隨随 雙双 ' +
  '雜杂 雞鸡 離离 難难 電电 靜静 響响 頁页 頂顶 項项 順顺 須须 預预 領领 頻频 題题 額额 ' +
  '風风 飛飞 飯饭 養养 餘余 館馆 馬马 駐驻 驗验 體体 髮发 鬥斗 魚鱼 鳥鸟 鹽盐 麥麦 黃黄 ' +
  '齡龄 龍龙 龐庞 噸吨 瓦瓦 燈灯 爐炉 壓压 壩坝 墾垦 壞坏 夠够 奪夺 奮奋 婦妇 媽妈 孫孙 ' +
  '寧宁 實实 審审 寫写 將将 對对 導导 層层 屬属 岡冈 島岛 嶺岭 幣币 廣广 張张 強强 彈弹 ' +
  '歸归 徑径 從从 復复 徵征 徹彻 恆恒 惡恶 愛爱 態态 慶庆 憂忧 憑凭 戰战 戶户 拋抛 挾挟 ' +
  '捨舍 掃扫 掛挂 採采 換换 揮挥 損损 搖摇 搶抢 擁拥 擇择 擊击 據据 擴扩 擺摆 攝摄 數数 ' +
  '斷断 時时 晝昼 暫暂 曆历 歷历 條条 樂乐 樣样 標标 樞枢 橋桥 機机 檔档 櫃柜 權权 歐欧 ' +
  '殘残 殺杀 殼壳 氣气 決决 沒没 溝沟 滅灭 滬沪 漢汉 潔洁 澤泽 濕湿 災灾 烏乌 無无 煙烟 ' +
  '熱热 燒烧 營营 爭争 爲为 牆墙 狀状 獎奖 獨独 獲获 現现 環环 畫画 畢毕 異异 療疗 盡尽 ' +
  '盤盘 眾众 矯矫 碩硕 確确 禮礼 禍祸 離离 積积 稅税 窮穷 竊窃 筆笔 範范 築筑 簽签 籌筹';

const T2S = new Map<string, string>();
for (const pair of T2S_PAIRS.split(/\s+/)) if (pair.length === 2) T2S.set(pair[0], pair[1]);

/** OpenCC (offline, traditional → mainland simplified) covers every character; the table above stays as a floor. */
const openccT2S = OpenCC.Converter({ from: 't', to: 'cn' });

export function toSimplified(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  let out = '';
  for (const ch of openccT2S(text)) out += T2S.get(ch) ?? ch;
  return out;
}

/** 二〇二四年 → 2024年 (only four-digit runs, so 一是 / 三个 stay untouched). */
function chineseYearDigits(text: string): string {
  return text.replace(/[〇零一二三四五六七八九]{4}(?=年)/g, (run) => String(parseChineseNumeral(run)).padStart(4, '0'));
}

/** The canonical form used on both sides of every comparison. */
export function normalizeText(text: string): string {
  return chineseYearDigits(toSimplified(text.normalize('NFKC')))
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Canonical form without punctuation: names written with or without brackets, dots, quotes match. */
export function normalizeKey(text: string): string {
  return normalizeText(text).replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * The character pairs of a text's Chinese characters and Latin letters (digits too when asked):
 * how families compare a question's wording with a title or a condition, typos and all.
 */
export function charPairs(text: string, withDigits = false): Set<string> {
  const out = new Set<string>();
  const kept = text.replace(withDigits ? /[^\p{Script=Han}\da-z]/gu : /[^\p{Script=Han}a-z]/gu, '');
  for (let i = 0; i + 2 <= kept.length; i++) out.add(kept.slice(i, i + 2));
  return out;
}
