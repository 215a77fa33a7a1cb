/**
 * Traditional → simplified characters, for matching only (headings, labels, metric names): pages
 * from Hong Kong/Macau-style sites and some portals print 萬元, 經費, 預算, 決算. Raw text is kept as
 * printed; callers fold a copy. A character table (not opencc-js, whose dictionaries are several
 * MB and phrase-based) is enough for budget vocabulary and runs in one pass per line.
 */

// Pairs "TS": each traditional character followed by its simplified form. Only characters whose
// traditional form is never itself a simplified character in budget text (乾/干, 著/着 are left out).
const pairs =
  "萬万與与專专業业東东兩两嚴严個个豐丰臨临為为麗丽舉举義义樂乐習习鄉乡書书買买亂乱爭争於于虧亏雲云亞亚產产" +
  "億亿僅仅從从倉仓儀仪們们價价眾众優优會会偉伟傳传傷伤體体餘余債债傾倾償偿儲储兒儿黨党蘭兰關关興兴養养內内" +
  "冊册寫写軍军農农決决況况凍冻淨净減减幾几憑凭擊击劃划劉刘則则剛刚創创刪删別别劑剂劍剑劇剧勸劝辦办務务動动" +
  "勵励勁劲勞劳勢势勳勋區区醫医華华協协單单賣卖盧卢衛卫卻却廠厂廳厅曆历歷历厲厉壓压廁厕廈厦縣县參参雙双發发" +
  "變变敘叙疊叠葉叶號号嘆叹後后嚇吓嗎吗聽听啟启員员問问啞哑喪丧嚴严圍围國国圖图團团場场塊块堅坚壞坏壇坛墳坟" +
  "墊垫壘垒執执報报塗涂壯壮聲声殼壳壺壶處处備备復复夠够頭头奪夺奮奋獎奖婦妇媽妈孫孙學学寧宁寶宝實实審审憲宪" +
  "寬宽對对將将導导層层屬属歲岁島岛嶺岭幣币帥帅師师帳帐帶带幫帮庫库廣广庫库應应廢废開开異异強强歸归當当錄录" +
  "徑径從从徵征恆恒惡恶悅悦愛爱態态慣惯慶庆憂忧懷怀戰战戲戏戶户據据擴扩掃扫揚扬換换損损擺摆搶抢據据擔担" +
  "擁拥擇择撥拨撫抚撲扑擬拟攜携數数斷断於于時时晉晋晝昼顯显暫暂曉晓書书會会條条東东極极構构標标樣样樓楼榮荣" +
  "機机權权橫横檢检檔档櫃柜歐欧歡欢殘残殺杀毀毁氣气漢汉湯汤溝沟滅灭滿满漁渔潔洁潤润澤泽濟济濱滨災灾無无為为" +
  "煙烟熱热爺爷牆墙狀状獨独獲获現现環环璽玺產产畫画當当疇畴療疗發发盡尽監监盤盘眾众碼码確确礎础禮礼禍祸離离" +
  "種种積积稅税穩稳窮穷競竞筆笔節节範范築筑簡简類类糧粮緊紧納纳紀纪約约級级紅红純纯紙纸線线組组細细終终經经" +
  "結结給给統统絕绝維维綜综網网綠绿緒绪編编練练總总績绩織织繳缴續续職职聯联與与興兴舊旧艦舰藝艺節节莊庄華华" +
  "萬万葉叶蘇苏薦荐藥药虛虚號号蟲虫補补裝装製制複复覽览規规視视親亲覺觉觀观計计訂订認认討讨訓训記记許许" +
  "論论設设訪访證证評评診诊詞词試试話话詳详誠诚說说請请課课誰谁調调談谈謀谋諾诺講讲謝谢證证識识譯译議议護护" +
  "讀读變变讓让貝贝負负財财貢贡貨货販贩貧贫購购貯贮貴贵費费貸贷貿贸資资賓宾賠赔賦赋賬账賢贤質质賴赖贈赠贊赞" +
  "趕赶趙赵跡迹踐践車车軌轨軟软轉转輔辅輕轻載载輛辆輪轮輸输轄辖辦办農农這这連连進进運运過过達达違违遠远適适" +
  "遷迁選选遺遗還还邊边鄉乡鄭郑醫医釋释裡里針针鈔钞鋼钢錢钱錯错鍋锅鎮镇鐵铁鑒鉴長长門门閉闭開开閒闲間间閱阅" +
  "闆板闊阔隊队陽阳陰阴際际隨随險险隱隐隸隶雖虽雙双雜杂雞鸡難难電电靈灵靜静響响頁页項项順顺預预領领頻频題题" +
  "額额願愿類类顧顾風风飛飞飯饭館馆養养餘余馬马駐驻驗验體体髮发鬥斗魚鱼鳥鸟鹽盐麥麦黃黄點点齊齐齡龄龍龙" +
  "產产營营爲为衆众舉举廳厅彙汇匯汇撐撑擧举檯台臺台週周準准並并係系繫系鬆松鬍胡" +
  // 采购, 补贴, 园区, 检测, 邮电, 罚没, 岗位, 抚恤: words the standard tables and 名词解释 use.
  "責责貫贯徹彻屆届獻献鑑鉴採采貼贴園园測测夥伙併并較较佔占銀银郵邮燈灯僑侨橋桥灣湾銷销儉俭遊游陸陆卹恤崗岗" +
  "遞递繼继罰罚沒没壩坝繪绘礦矿飼饲澇涝鋪铺";

const punctuation: Record<string, string> = { "「": "“", "」": "”", "『": "‘", "』": "’" };

const table = new Map<string, string>(Object.entries(punctuation));
for (let i = 0; i + 1 < pairs.length; i += 2) table.set(pairs[i]!, pairs[i + 1]!);
const foldable = new RegExp(`[${[...table.keys()].join("")}]`, "g");

/** `text` with traditional characters (and 「」 quotes) replaced by simplified ones; same length. */
export function toSimplified(text: string): string {
  return text.replace(foldable, (char) => table.get(char) ?? char);
}
