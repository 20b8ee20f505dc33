/**
 * Vocabulary of the mock catalog, part two (see categories-a.ts for the notation).
 */
import type { TopCategoryDef } from './types';

export const CATEGORIES_B: TopCategoryDef[] = [
  {
    pair: '汽车用品|Auto Parts & Accessories',
    glyph: 'car',
    unit: '套|set',
    axes: ['color', 'model'],
    price: [4, 240],
    weightKg: [0.1, 3],
    origins: ['guangzhou', 'ruian', 'yongkang', 'danyang'],
    modifiers:
      '通用|Universal;车载|In-car;加厚|Thickened;LED|LED;防水|Waterproof;四季通用|All-season;改装|Modified;高亮|High Brightness',
    attributes: {
      '适用车型|Fits': '通用|Universal;轿车|Sedan;SUV|SUV',
      '材质|Material': 'PU皮|PU Leather;ABS|ABS Plastic;铝合金|Aluminium Alloy;硅胶|Silicone',
    },
    children: {
      '汽车内饰|Interior@6-160': {
        '座套|Seat Covers': '汽车座套|Car Seat Cover;座椅坐垫|Seat Cushion;头枕|Neck Pillow',
        '脚垫|Floor Mats': '汽车脚垫|Car Floor Mat;丝圈脚垫|Coil Floor Mat;后备箱垫|Trunk Mat',
        '车载香薰|Air Fresheners':
          '车载香薰|Car Air Freshener;出风口香薰|Vent Clip Diffuser;香薰摆件|Dashboard Aroma',
      },
      '汽车电子|Car Electronics@12-240': {
        '行车记录仪|Dash Cams':
          '行车记录仪|Dash Cam;前后双录记录仪|Dual Dash Camera;倒车影像|Reversing Camera',
        '车载充电器|Car Chargers':
          '车载充电器|Car Charger;点烟器充电器|Cigarette Lighter Charger;车载逆变器|Power Inverter',
        '车灯|Car Lights':
          'LED大灯|LED Headlight Bulb;氛围灯|Ambient Light Strip;日行灯|Daytime Running Light',
      },
      '维修保养|Maintenance@3-120': {
        '洗车用品|Car Wash':
          '洗车毛巾|Car Wash Towel;洗车水枪|Pressure Washer Gun;洗车液|Car Shampoo',
        '汽车工具|Car Tools': '打气泵|Tire Inflator;千斤顶|Car Jack;搭电线|Jumper Cables',
        '雨刮|Wipers': '雨刮器|Wiper Blade;无骨雨刮|Frameless Wiper;后雨刮|Rear Wiper',
      },
    },
  },
  {
    pair: '运动户外|Sports & Outdoors',
    glyph: 'sports',
    unit: '个|piece',
    axes: ['color', 'size'],
    price: [5, 200],
    weightKg: [0.1, 5],
    origins: ['yiwu', 'jinhua', 'xiamen', 'dongguan', 'ningbo'],
    modifiers:
      '专业|Professional;家用|Home;便携|Portable;加厚|Thickened;防滑|Non-slip;速干|Quick-dry;可调节|Adjustable;户外|Outdoor;超轻|Ultralight',
    attributes: {
      '材质|Material': 'TPE|TPE;尼龙|Nylon;铝合金|Aluminium Alloy;氯丁橡胶|Neoprene',
      '适用场景|Use': '健身房|Gym;户外|Outdoor;居家|Home',
    },
    children: {
      '健身器材|Fitness@6-180': {
        '瑜伽垫|Yoga Mats': '瑜伽垫|Yoga Mat;健身垫|Exercise Mat;加厚瑜伽垫|Thick Yoga Mat',
        '哑铃|Dumbbells': '哑铃|Dumbbell;可调节哑铃|Adjustable Dumbbell;壶铃|Kettlebell',
        '弹力带|Resistance Bands':
          '弹力带|Resistance Band;拉力绳|Pull Rope;瑜伽拉力带|Yoga Stretch Strap',
      },
      '户外露营|Camping@18-300': {
        '帐篷|Tents': '帐篷|Tent;自动帐篷|Pop-up Tent;天幕|Canopy Tarp',
        '露营椅|Camping Chairs': '折叠椅|Folding Chair;月亮椅|Moon Chair;露营桌|Camping Table',
        '睡袋|Sleeping Bags': '睡袋|Sleeping Bag;防潮垫|Sleeping Pad;充气枕|Inflatable Pillow',
      },
      '球类运动|Ball Sports@3-120': {
        '篮球|Basketball': '篮球|Basketball;篮球网|Basketball Net;打气筒|Ball Pump',
        '羽毛球|Badminton':
          '羽毛球拍|Badminton Racket;羽毛球|Shuttlecock;球拍手胶|Racket Grip Tape',
        '足球|Football': '足球|Football;足球护腿板|Shin Guards;训练标志盘|Training Cones',
      },
    },
  },
  {
    pair: '办公文教|Office & Stationery',
    glyph: 'office',
    unit: '支|piece',
    axes: ['color', 'pack'],
    price: [0.5, 60],
    weightKg: [0.01, 1],
    origins: ['ningbo', 'yiwu', 'wenzhou', 'shanghai'],
    modifiers:
      '学生|Student;办公|Office;创意|Creative;简约|Minimalist;可爱|Cute;大容量|Large Capacity;速干|Quick-dry;可擦|Erasable;加厚|Thickened',
    attributes: {
      '笔尖规格|Tip': '0.5mm|0.5 mm;0.38mm|0.38 mm;0.7mm|0.7 mm',
      '包装|Packaging': '盒装|Boxed;袋装|Bagged;散装|Bulk',
    },
    children: {
      '书写工具|Writing': {
        '中性笔|Gel Pens': '中性笔|Gel Pen;按动中性笔|Retractable Gel Pen;签字笔|Signature Pen',
        '荧光笔|Highlighters': '荧光笔|Highlighter;标记笔|Marker Pen;马克笔|Art Marker',
        '铅笔|Pencils': '铅笔|Pencil;自动铅笔|Mechanical Pencil;彩色铅笔|Coloured Pencils',
      },
      '本册纸品|Paper': {
        '笔记本|Notebooks': '笔记本|Notebook;活页本|Loose-leaf Binder;手账本|Journal Planner',
        '便利贴|Sticky Notes': '便利贴|Sticky Notes;索引贴|Index Tabs;留言贴|Memo Pad',
        '打印纸|Printer Paper':
          'A4打印纸|A4 Printer Paper;复印纸|Copy Paper;彩色卡纸|Coloured Cardstock',
      },
      '办公用品|Office Supplies': {
        '文件夹|Folders': '文件夹|File Folder;文件袋|Document Bag;风琴包|Accordion File',
        '订书机|Staplers': '订书机|Stapler;订书钉|Staples;起钉器|Staple Remover',
        '桌面收纳|Desk Organizers': '笔筒|Pen Holder;桌面收纳盒|Desk Organizer;文件架|File Rack',
      },
    },
  },
  {
    pair: '包装|Packaging',
    glyph: 'box',
    unit: '个|piece',
    axes: ['size'],
    price: [0.05, 12],
    weightKg: [0.005, 0.5],
    origins: ['dongguan', 'wenzhou', 'cangnan', 'yiwu'],
    modifiers:
      '加厚|Thickened;定制|Custom Print;快递|Shipping;防水|Waterproof;可降解|Biodegradable;自封|Self-sealing;牛皮纸|Kraft Paper;透明|Clear;礼品|Gift',
    attributes: {
      '材质|Material': 'PE|PE;牛皮纸|Kraft Paper;瓦楞纸|Corrugated Board;PET|PET',
      '是否可定制|Custom Print': '是|Yes;否|No',
    },
    children: {
      '快递包装|Shipping Supplies': {
        '快递袋|Mailer Bags':
          '快递袋|Poly Mailer Bag;破坏袋|Tamper-proof Mailer;气泡袋|Bubble Mailer',
        '纸箱|Cartons': '快递纸箱|Shipping Carton;飞机盒|Mailer Box;搬家纸箱|Moving Box',
        '胶带|Tape': '封箱胶带|Packing Tape;警示胶带|Warning Tape;打包带|Strapping Band',
      },
      '礼品包装|Gift Packaging': {
        '礼品盒|Gift Boxes': '礼品盒|Gift Box;首饰盒|Jewellery Box;翻盖礼盒|Flip-top Gift Box',
        '手提袋|Paper Bags': '手提袋|Paper Shopping Bag;牛皮纸袋|Kraft Paper Bag;礼品袋|Gift Bag',
        '包装纸|Wrapping Paper': '包装纸|Wrapping Paper;雪梨纸|Tissue Paper;丝带|Ribbon',
      },
      '食品包装|Food Packaging': {
        '自封袋|Zip Bags': '自封袋|Zip Lock Bag;密封袋|Sealed Pouch;站立袋|Stand-up Pouch',
        '打包盒|Takeaway Boxes':
          '打包盒|Takeaway Container;一次性餐盒|Disposable Lunch Box;纸碗|Paper Bowl',
        '烘焙包装|Bakery Packaging': '蛋糕盒|Cake Box;饼干袋|Cookie Bag;烘焙纸|Baking Paper',
      },
    },
  },
  {
    pair: '五金工具|Hardware & Tools',
    glyph: 'tool',
    unit: '把|piece',
    axes: ['model'],
    price: [1, 320],
    weightKg: [0.05, 4],
    origins: ['yongkang', 'ningbo', 'linyi', 'zhangqiu'],
    modifiers:
      '家用|Household;专业级|Professional Grade;多功能|Multi-function;锂电|Lithium;不锈钢|Stainless Steel;铬钒钢|Chrome Vanadium;防锈|Rust-proof;工业级|Industrial',
    attributes: {
      '材质|Material':
        '铬钒钢|Chrome Vanadium Steel;碳钢|Carbon Steel;不锈钢|Stainless Steel;铝合金|Aluminium Alloy',
      '电压|Voltage': '12V|12 V;21V|21 V;220V|220 V;无|None',
    },
    children: {
      '手动工具|Hand Tools@2.5-80': {
        '扳手|Wrenches': '扳手|Wrench;活动扳手|Adjustable Wrench;套筒扳手|Socket Wrench Set',
        '螺丝刀|Screwdrivers':
          '螺丝刀|Screwdriver;螺丝刀套装|Screwdriver Set;精密螺丝刀|Precision Screwdriver',
        '钳子|Pliers': '钳子|Pliers;尖嘴钳|Needle-nose Pliers;剥线钳|Wire Stripper',
      },
      '电动工具|Power Tools@45-320': {
        '电钻|Drills': '电钻|Electric Drill;手电钻|Cordless Drill;冲击钻|Impact Drill',
        '角磨机|Angle Grinders': '角磨机|Angle Grinder;切割机|Cutting Machine;抛光机|Polisher',
        '电动螺丝刀|Electric Screwdrivers':
          '电动螺丝刀|Electric Screwdriver;充电起子|Rechargeable Driver;锂电起子机|Lithium Screwdriver',
      },
      '紧固件|Fasteners@0.05-6': {
        '螺丝|Screws': '螺丝|Screw;自攻螺丝|Self-tapping Screw;膨胀螺丝|Expansion Bolt',
        '挂钩|Hooks': '挂钩|Hook;粘钩|Adhesive Hook;S型挂钩|S Hook',
        '合页|Hinges': '合页|Hinge;门合页|Door Hinge;柜门铰链|Cabinet Hinge',
      },
    },
  },
  {
    pair: '饰品配件|Jewellery & Accessories',
    glyph: 'gem',
    unit: '个|piece',
    axes: ['color'],
    price: [0.8, 60],
    weightKg: [0.005, 0.2],
    origins: ['yiwu', 'guangzhou', 'qingdao', 'dongguan'],
    modifiers:
      '韩版|Korean Style;ins风|Instagram Style;小众|Niche Design;钛钢|Titanium Steel;不掉色|Non-fading;简约|Minimalist;复古|Vintage;珍珠|Pearl;轻奢|Affordable Luxury',
    attributes: {
      '材质|Material': '钛钢|Titanium Steel;925银|925 Silver;合金|Alloy;铜镀金|Gold-plated Copper',
      '风格|Style': '简约|Minimalist;复古|Vintage;甜美|Sweet;朋克|Punk',
    },
    children: {
      '首饰|Jewellery': {
        '项链|Necklaces': '项链|Necklace;锁骨链|Collarbone Chain;吊坠|Pendant',
        '耳饰|Earrings': '耳环|Earrings;耳钉|Stud Earrings;耳夹|Ear Clips',
        '戒指|Rings': '戒指|Ring;开口戒指|Open Ring;情侣戒指|Couple Rings',
      },
      '发饰|Hair Accessories': {
        '发夹|Hair Clips': '抓夹|Claw Clip;发夹|Hair Clip;边夹|Side Clip',
        '发圈|Hair Ties': '发圈|Scrunchie;皮筋|Hair Tie;发带|Headband',
        '发箍|Hair Hoops': '发箍|Hair Hoop;压发发箍|Thin Headband;珍珠发箍|Pearl Hair Hoop',
      },
      '服饰配件|Fashion Accessories': {
        '墨镜|Sunglasses':
          '墨镜|Sunglasses;太阳镜|Polarized Sunglasses;防蓝光眼镜|Blue Light Glasses',
        '腰带|Belts': '腰带|Belt;皮带|Leather Belt;链条腰带|Chain Belt',
        '帽子|Hats': '棒球帽|Baseball Cap;渔夫帽|Bucket Hat;针织帽|Beanie',
      },
    },
  },
  {
    pair: '宠物用品|Pet Supplies',
    glyph: 'paw',
    unit: '个|piece',
    axes: ['color', 'size'],
    price: [1.5, 150],
    weightKg: [0.05, 3],
    origins: ['yiwu', 'nantong', 'ningbo', 'xingtai'],
    modifiers:
      '宠物|Pet;猫咪|Cat;狗狗|Dog;耐咬|Chew-resistant;可拆洗|Washable;四季通用|All-season;自动|Automatic;防滑|Non-slip;透气|Breathable',
    attributes: {
      '适用对象|For': '猫|Cats;狗|Dogs;猫狗通用|Cats & Dogs',
      '材质|Material': '棉麻|Cotton Linen;PP|PP Plastic;硅胶|Silicone;尼龙|Nylon',
    },
    children: {
      '宠物日用|Pet Daily Use': {
        '宠物窝|Pet Beds': '猫窝|Cat Bed;狗窝|Dog Bed;宠物垫|Pet Mat',
        '食盆|Bowls & Feeders':
          '宠物碗|Pet Bowl;自动喂食器|Automatic Feeder;饮水机|Pet Water Fountain',
        '猫砂盆|Litter Boxes':
          '猫砂盆|Litter Box;猫砂铲|Litter Scoop;全封闭猫砂盆|Covered Litter Box',
      },
      '宠物玩具|Pet Toys': {
        '逗猫棒|Cat Teasers': '逗猫棒|Cat Teaser Wand;猫抓板|Cat Scratcher;猫隧道|Cat Tunnel',
        '狗狗玩具|Dog Toys': '磨牙玩具|Chew Toy;发声玩具|Squeaky Toy;飞盘|Dog Frisbee',
        '益智玩具|Puzzle Toys': '漏食球|Treat Ball;嗅闻垫|Snuffle Mat;益智喂食器|Puzzle Feeder',
      },
      '出行用品|Travel & Walking': {
        '牵引绳|Leashes': '牵引绳|Dog Leash;胸背带|Harness;伸缩牵引绳|Retractable Leash',
        '宠物包|Pet Carriers': '猫包|Cat Backpack;航空箱|Pet Carrier Crate;外出包|Pet Travel Bag',
        '项圈|Collars': '项圈|Collar;铃铛项圈|Bell Collar;反光项圈|Reflective Collar',
      },
    },
  },
];
