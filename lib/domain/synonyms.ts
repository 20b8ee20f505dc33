/**
 * The words buyers use for the same thing: spelling variants (British and American), everyday
 * names beside the trade's, glued and split compounds, and the Chinese a buyer may have copied.
 * One group per line; the first term is the one pifa names when it says what it searched for.
 * The mock catalog's index treats every term of a group as the group (a query for any of them
 * finds offers that use any of them, those using the very words typed ranked first). Terms are
 * matched after the index's own normalization (lower case, plurals stemmed, hyphens joined),
 * so "earbuds", "earbud" and "ear-buds" need no lines of their own.
 *
 * Keep it small and unsurprising: a term that means something else in another trade belongs
 * in no group (for example "chain", which is a necklace, a bag strap and a belt).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Spelling variants
  ['jewellery', 'jewelry', 'jewel', '首饰'],
  ['colour', 'color'],
  ['grey', 'gray'],
  ['organiser', 'organizer'],
  ['aluminium', 'aluminum'],
  ['moisturising', 'moisturizing'],
  ['coloured', 'colored'],
  // Everyday and trade names of one product
  ['headphones', 'earphones', 'earbuds', 'headset', 'earpiece', 'in-ear', '耳机'],
  ['power bank', 'powerbank', 'portable charger', 'battery pack', '充电宝', '移动电源'],
  ['usb-c', 'usb c', 'type-c', 'type c'],
  ['cable', 'cord', '数据线'],
  ['bottle', 'water bottle', 'cup', 'tumbler', 'flask', 'mug', '水杯', '保温杯', '杯子'],
  ['led strip', 'light strip', 'strip light', 'led tape', 'led light strip', '灯带', '灯条'],
  ['phone', 'iphone', 'smartphone', 'cellphone', 'cell phone', 'mobile phone', '手机'],
  ['phone case', 'phone cover', 'mobile case', 'phone shell', 'iphone case', '手机壳', '手机套'],
  ['phone holder', 'phone stand', 'phone mount', 'mobile holder', '手机支架'],
  ['screen protector', 'tempered glass', 'screen film', 'screen guard', '钢化膜', '手机膜'],
  ['speaker', 'loudspeaker', 'sound box', '音箱', '音响'],
  ['dash cam', 'dashcam', 'car camera', 'driving recorder', '行车记录仪'],
  ['carton', 'shipping box', 'packaging box', 'cardboard box', 'mailer box', '纸箱', '包装盒'],
  ['lunch box', 'bento box', 'food container', 'takeaway box', '饭盒', '餐盒', '便当盒'],
  ['storage box', 'storage bin', 'organizer box', '收纳箱', '收纳盒'],
  ['mailer bag', 'poly mailer', 'shipping bag', 'mailing bag', 'courier bag', '快递袋'],
  ['backpack', 'rucksack', 'knapsack', 'school bag', '双肩包', '书包'],
  ['wallet', 'purse', 'billfold', '钱包'],
  ['sunglasses', 'shades', 'sun glasses', '墨镜', '太阳镜'],
  ['sneakers', 'trainers', 'sports shoes', 'running shoes', '运动鞋'],
  ['slippers', 'slides', 'flip flops', '拖鞋'],
  ['suitcase', 'luggage', 'trolley case', '行李箱', '拉杆箱'],
  ['dress', 'gown', 'frock', '连衣裙'],
  ['t-shirt', 'tee', 'tee shirt'],
  ['trousers', 'pants'],
  ['leggings', 'tights', 'yoga pants', '打底裤'],
  ['jeans', 'denim', '牛仔裤'],
  ['yoga mat', 'exercise mat', 'fitness mat', 'workout mat', '瑜伽垫'],
  ['rug', 'carpet', 'floor mat', '地垫', '地毯'],
  ['cushion', 'pillow', 'throw pillow', '抱枕', '靠垫'],
  ['hanger', 'coat hanger', 'clothes hanger', '衣架'],
  ['hair tie', 'scrunchie', 'hair band', 'hair elastic', '发圈', '皮筋'],
  ['makeup', 'make up', 'cosmetics', '化妆'],
  ['plush', 'stuffed animal', 'soft toy', 'plushie', 'teddy', '毛绒'],
  ['building blocks', 'lego', 'bricks', 'construction toy', '积木'],
  ['fidget toy', 'fidget', 'stress toy', 'sensory toy', '解压玩具'],
  ['leash', 'lead', 'dog lead', '牵引绳'],
  ['notebook', 'notepad', 'exercise book', '笔记本'],
  ['car', 'auto', 'vehicle', 'automotive', '汽车'],
  ['kids', 'children', 'child', '儿童'],
  ['baby', 'infant', 'newborn', '婴儿'],
];
