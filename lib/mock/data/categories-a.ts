/**
 * Vocabulary of the mock catalog, part one. Each top-level category mirrors one of 1688's
 * real ones; leaves carry the product nouns that titles are made of. Pairs are written
 * "中文|English" and lists are separated by ";" to keep the tables readable.
 */
import type { TopCategoryDef } from './types';

export const CATEGORIES_A: TopCategoryDef[] = [
  {
    pair: "女装|Women's Clothing",
    glyph: 'dress',
    unit: '件|piece',
    axes: ['color', 'size'],
    price: [12, 160],
    weightKg: [0.15, 0.9],
    origins: ['guangzhou', 'hangzhou', 'huzhou', 'yiwu', 'shenzhen'],
    modifiers:
      '韩版|Korean Style;宽松|Loose Fit;纯棉|Pure Cotton;修身|Slim Fit;法式|French Style;复古|Vintage;百搭|Versatile;高腰|High Waist;冰丝|Ice Silk;针织|Knitted;碎花|Floral;气质|Elegant',
    attributes: {
      '材质|Material': '棉|Cotton;涤纶|Polyester;雪纺|Chiffon;冰丝|Ice Silk;亚麻|Linen',
      '风格|Style': '通勤|Office;休闲|Casual;甜美|Sweet;街头|Streetwear',
      '适用季节|Season': '夏季|Summer;春秋|Spring/Autumn;冬季|Winter;四季|All Seasons',
    },
    children: {
      '上衣|Tops': {
        'T恤|T-Shirts': 'T恤|T-Shirt;短袖T恤|Short Sleeve T-Shirt;打底衫|Base Layer Top',
        '衬衫|Shirts & Blouses': '衬衫|Shirt;雪纺衫|Chiffon Blouse;防晒衬衫|Sun Protection Shirt',
        '卫衣|Hoodies & Sweatshirts':
          '卫衣|Hoodie;连帽卫衣|Hooded Sweatshirt;圆领卫衣|Crewneck Sweatshirt',
      },
      '裙装|Dresses & Skirts': {
        '连衣裙|Dresses': '连衣裙|Dress;吊带裙|Slip Dress;长裙|Maxi Dress',
        '半身裙|Skirts': '半身裙|Skirt;百褶裙|Pleated Skirt;A字裙|A-Line Skirt',
        '套装|Matching Sets': '两件套|Two-Piece Set;运动套装|Tracksuit Set;西装套装|Suit Set',
      },
      '裤装|Trousers': {
        '牛仔裤|Jeans': '牛仔裤|Jeans;阔腿牛仔裤|Wide Leg Jeans;直筒牛仔裤|Straight Jeans',
        '休闲裤|Casual Pants': '休闲裤|Casual Pants;阔腿裤|Wide Leg Pants;工装裤|Cargo Pants',
        '打底裤|Leggings': '打底裤|Leggings;鲨鱼裤|Shark Pants;瑜伽裤|Yoga Pants',
      },
    },
  },
  {
    pair: '消费电子|Consumer Electronics',
    glyph: 'phone',
    unit: '个|piece',
    axes: ['color', 'model'],
    price: [3, 260],
    weightKg: [0.03, 0.8],
    origins: ['shenzhen', 'dongguan', 'guangzhou', 'huizhou'],
    modifiers:
      '快充|Fast Charging;无线|Wireless;磁吸|Magnetic;便携|Portable;迷你|Mini;防摔|Shockproof;透明|Transparent;蓝牙5.3|Bluetooth 5.3;大容量|High Capacity;液态硅胶|Liquid Silicone',
    attributes: {
      '接口类型|Connector': 'Type-C|USB-C;Lightning|Lightning;USB-A|USB-A',
      '功率|Power': '20W|20 W;33W|33 W;65W|65 W;10W|10 W',
      '是否跨境货源|Cross-border Stock': '是|Yes',
    },
    children: {
      '手机配件|Phone Accessories@2.5-45': {
        '手机壳|Phone Cases':
          '手机壳|Phone Case;手机保护套|Phone Cover;防摔手机壳|Protective Phone Case',
        '手机支架|Phone Holders':
          '手机支架|Phone Holder;车载手机支架|Car Phone Mount;桌面手机支架|Desk Phone Stand',
        '钢化膜|Screen Protectors':
          '钢化膜|Tempered Glass Screen Protector;防窥膜|Privacy Screen Protector;手机膜|Phone Screen Film',
      },
      '充电设备|Charging@4-95': {
        '充电器|Chargers':
          '手机充电器|Phone Charger;充电头|Charging Adapter;氮化镓充电器|GaN Charger',
        '数据线|Cables':
          '数据线|Charging Cable;快充数据线|Fast Charging Cable;编织数据线|Braided USB Cable;Type-C数据线|USB-C Cable',
        '移动电源|Power Banks':
          '充电宝|Power Bank;移动电源|Portable Charger;磁吸充电宝|Magnetic Power Bank',
      },
      '影音设备|Audio & Video@18-260': {
        '蓝牙耳机|Bluetooth Earbuds':
          '蓝牙耳机|Bluetooth Earbuds;无线耳机|Wireless Earphones;降噪耳机|Noise Cancelling Earbuds',
        '音箱|Speakers':
          '蓝牙音箱|Bluetooth Speaker;便携音箱|Portable Speaker;低音炮|Subwoofer Speaker',
        '智能手表|Smart Watches':
          '智能手表|Smart Watch;运动手环|Fitness Tracker Band;儿童电话手表|Kids Phone Watch',
      },
    },
  },
  {
    pair: '家居日用|Home & Living',
    glyph: 'home',
    unit: '个|piece',
    axes: ['color', 'capacity'],
    price: [2, 90],
    weightKg: [0.05, 1.6],
    origins: ['yiwu', 'taizhou', 'jieyang', 'ningbo'],
    modifiers:
      '北欧|Nordic;家用|Household;加厚|Thickened;大容量|Large Capacity;可折叠|Foldable;304不锈钢|304 Stainless Steel;耐高温|Heat Resistant;简约|Minimalist;创意|Creative;防滑|Non-slip',
    attributes: {
      '材质|Material': '塑料|Plastic;不锈钢|Stainless Steel;陶瓷|Ceramic;玻璃|Glass;竹木|Bamboo',
      '适用空间|Room': '厨房|Kitchen;卫生间|Bathroom;卧室|Bedroom;客厅|Living Room',
    },
    children: {
      '厨房用品|Kitchen': {
        '水杯|Cups & Bottles': '保温杯|Insulated Bottle;玻璃水杯|Glass Cup;吸管杯|Straw Tumbler',
        '餐具|Tableware': '陶瓷碗|Ceramic Bowl;筷子|Chopsticks;餐盘|Dinner Plate',
        '保鲜盒|Food Storage':
          '保鲜盒|Food Storage Container;密封罐|Airtight Jar;便当盒|Bento Lunch Box',
      },
      '收纳整理|Storage': {
        '收纳箱|Storage Boxes':
          '收纳箱|Storage Box;收纳盒|Organizer Box;抽屉式收纳柜|Drawer Storage Cabinet',
        '衣架|Hangers': '衣架|Clothes Hanger;防滑衣架|Non-slip Hanger;裤架|Trouser Hanger',
        '收纳袋|Storage Bags':
          '真空压缩袋|Vacuum Storage Bag;衣物收纳袋|Clothes Storage Bag;防尘袋|Dust Cover Bag',
      },
      '家纺|Home Textiles': {
        '毛巾|Towels': '毛巾|Towel;浴巾|Bath Towel;珊瑚绒毛巾|Coral Fleece Towel',
        '抱枕|Cushions': '抱枕|Throw Pillow;靠垫|Cushion;抱枕套|Cushion Cover',
        '地垫|Rugs & Mats': '地垫|Floor Mat;浴室防滑垫|Bath Mat;门垫|Door Mat',
      },
    },
  },
  {
    pair: '玩具|Toys',
    glyph: 'toy',
    unit: '个|piece',
    axes: ['color', 'pack'],
    price: [1.5, 120],
    weightKg: [0.05, 1.2],
    origins: ['shantou', 'yiwu', 'dongguan'],
    modifiers:
      '儿童|Kids;益智|Educational;创意|Creative;解压|Stress Relief;发光|Light-up;网红|Trending;卡通|Cartoon;DIY|DIY;早教|Early Learning;亲子|Parent-Child',
    attributes: {
      '适用年龄|Age': '3岁以上|3+ years;6岁以上|6+ years;14岁以上|14+ years',
      '材质|Material': '塑料|Plastic;毛绒|Plush;木质|Wood;硅胶|Silicone',
    },
    children: {
      '益智玩具|Educational Toys': {
        '积木|Building Blocks':
          '积木|Building Blocks;拼装积木|Assembly Blocks;磁力片|Magnetic Tiles',
        '拼图|Puzzles': '拼图|Jigsaw Puzzle;木质拼图|Wooden Puzzle;立体拼图|3D Puzzle',
        '早教玩具|Learning Toys':
          '早教机|Learning Machine;识字卡片|Flash Cards;数字积木|Number Blocks',
      },
      '毛绒玩具|Plush Toys': {
        '公仔|Plush Dolls': '毛绒公仔|Plush Doll;玩偶|Stuffed Toy;抱枕公仔|Pillow Plush',
        '挂件|Keychain Plush':
          '毛绒挂件|Plush Keychain;包包挂件|Bag Charm Plush;钥匙扣公仔|Keyring Doll',
        '安抚玩具|Comfort Toys':
          '安抚巾|Comfort Blanket;安抚玩偶|Soothing Plush;婴儿摇铃|Baby Rattle',
      },
      '解压玩具|Fidget Toys': {
        '捏捏乐|Squishy Toys': '捏捏乐|Squishy Toy;减压球|Stress Ball;泡泡乐|Pop It Fidget',
        '指尖玩具|Fidget Spinners':
          '指尖陀螺|Fidget Spinner;解压魔方|Fidget Cube;无限魔方|Infinity Cube',
        '泡泡玩具|Bubble Toys': '泡泡机|Bubble Machine;泡泡枪|Bubble Gun;泡泡棒|Bubble Wand',
      },
    },
  },
  {
    pair: '美妆个护|Beauty & Personal Care',
    glyph: 'beauty',
    unit: '支|piece',
    axes: ['shade', 'volume'],
    price: [2, 85],
    weightKg: [0.02, 0.5],
    origins: ['guangzhou', 'yiwu', 'shanghai'],
    modifiers:
      '持久|Long-lasting;保湿|Moisturizing;哑光|Matte;防水|Waterproof;不脱色|Transfer-proof;便携|Travel Size;温和|Gentle;滋润|Nourishing;控油|Oil Control',
    attributes: {
      '功效|Effect': '保湿|Moisturizing;控油|Oil Control;遮瑕|Concealing;提亮|Brightening',
      '适用肤质|Skin Type': '任何肤质|All Skin Types;油性|Oily;干性|Dry;混合性|Combination',
    },
    children: {
      '彩妆|Makeup': {
        '口红|Lipsticks': '口红|Lipstick;唇釉|Lip Glaze;唇泥|Lip Mud',
        '眼影|Eyeshadow': '眼影盘|Eyeshadow Palette;眼线笔|Eyeliner Pen;睫毛膏|Mascara',
        '粉底|Foundation': '粉底液|Liquid Foundation;气垫BB霜|Cushion BB Cream;遮瑕膏|Concealer',
      },
      '护肤|Skincare': {
        '面膜|Face Masks': '面膜|Sheet Mask;泥膜|Clay Mask;睡眠面膜|Sleeping Mask',
        '精华|Serums': '精华液|Face Serum;原液|Essence;眼霜|Eye Cream',
        '洁面|Cleansers': '洗面奶|Facial Cleanser;卸妆水|Micellar Water;卸妆膏|Cleansing Balm',
      },
      '美妆工具|Beauty Tools@0.8-30': {
        '化妆刷|Makeup Brushes':
          '化妆刷|Makeup Brush;化妆刷套装|Makeup Brush Set;腮红刷|Blush Brush',
        '美妆蛋|Makeup Sponges': '美妆蛋|Makeup Sponge;粉扑|Powder Puff;气垫粉扑|Cushion Puff',
        '美甲|Nail Art': '穿戴甲|Press-on Nails;甲油胶|Gel Nail Polish;美甲贴|Nail Stickers',
      },
    },
  },
  {
    pair: '箱包|Bags & Luggage',
    glyph: 'bag',
    unit: '个|piece',
    axes: ['color'],
    price: [8, 220],
    weightKg: [0.2, 3.5],
    origins: ['baigou', 'guangzhou', 'pinghu', 'quanzhou'],
    modifiers:
      '大容量|Large Capacity;简约|Minimalist;时尚|Fashion;防水|Waterproof;轻便|Lightweight;PU皮|PU Leather;帆布|Canvas;多功能|Multifunctional;斜挎|Crossbody',
    attributes: {
      '材质|Material':
        'PU|PU Leather;帆布|Canvas;尼龙|Nylon;牛津布|Oxford Cloth;真皮|Genuine Leather',
      '闭合方式|Closure': '拉链|Zipper;磁扣|Magnetic Snap;翻盖|Flap',
    },
    children: {
      '女包|Handbags': {
        '单肩包|Shoulder Bags': '单肩包|Shoulder Bag;腋下包|Underarm Bag;托特包|Tote Bag',
        '斜挎包|Crossbody Bags': '斜挎包|Crossbody Bag;手机包|Phone Bag;链条包|Chain Bag',
        '钱包|Wallets': '钱包|Wallet;卡包|Card Holder;零钱包|Coin Purse',
      },
      '背包|Backpacks': {
        '双肩包|Backpacks': '双肩包|Backpack;电脑包|Laptop Backpack;书包|School Backpack',
        '旅行包|Travel Bags': '旅行包|Travel Bag;行李袋|Duffel Bag;健身包|Gym Bag',
        '腰包|Waist Bags': '腰包|Waist Bag;胸包|Chest Bag;跑步腰包|Running Belt Bag',
      },
      '拉杆箱|Luggage@12-260': {
        '行李箱|Suitcases': '行李箱|Suitcase;拉杆箱|Trolley Case;登机箱|Carry-on Luggage',
        '收纳包|Travel Organizers':
          '旅行收纳包|Travel Organizer Bag;洗漱包|Toiletry Bag;化妆包|Cosmetic Bag',
        '箱包配件|Luggage Accessories':
          '行李箱套|Luggage Cover;行李牌|Luggage Tag;行李绑带|Luggage Strap',
      },
    },
  },
  {
    pair: '鞋靴|Shoes',
    glyph: 'shoe',
    unit: '双|pair',
    axes: ['color', 'shoeSize'],
    price: [15, 180],
    weightKg: [0.3, 1.4],
    origins: ['jinjiang', 'putian', 'wenzhou', 'chengdu'],
    modifiers:
      '透气|Breathable;轻便|Lightweight;防滑|Non-slip;厚底|Platform;软底|Soft Sole;百搭|Versatile;增高|Height-increasing;飞织|Flyknit;复古|Retro',
    attributes: {
      '鞋面材质|Upper': '网布|Mesh;PU|PU Leather;帆布|Canvas;牛皮|Cowhide',
      '鞋底材质|Sole': '橡胶|Rubber;EVA|EVA;MD|MD;PVC|PVC',
    },
    children: {
      '运动鞋|Sneakers': {
        '跑步鞋|Running Shoes':
          '跑步鞋|Running Shoes;运动鞋|Sports Shoes;气垫鞋|Air Cushion Sneakers',
        '板鞋|Skate Shoes': '板鞋|Skate Shoes;小白鞋|White Sneakers;帆布鞋|Canvas Shoes',
        '老爹鞋|Chunky Sneakers':
          '老爹鞋|Chunky Sneakers;厚底运动鞋|Platform Sneakers;休闲运动鞋|Casual Trainers',
      },
      '凉拖鞋|Sandals & Slippers': {
        '拖鞋|Slippers': '拖鞋|Slippers;浴室拖鞋|Bathroom Slides;棉拖鞋|Plush Slippers',
        '凉鞋|Sandals': '凉鞋|Sandals;罗马凉鞋|Gladiator Sandals;沙滩鞋|Beach Sandals',
        '洞洞鞋|Clogs': '洞洞鞋|Clogs;花园鞋|Garden Clogs;包头拖鞋|Closed-toe Slippers',
      },
      '靴子|Boots': {
        '马丁靴|Martin Boots': '马丁靴|Martin Boots;短靴|Ankle Boots;切尔西靴|Chelsea Boots',
        '雪地靴|Snow Boots':
          '雪地靴|Snow Boots;加绒棉鞋|Fleece-lined Boots;防水雪地靴|Waterproof Snow Boots',
        '雨靴|Rain Boots': '雨靴|Rain Boots;水鞋|Wellies;防水鞋套|Waterproof Shoe Covers',
      },
    },
  },
];
