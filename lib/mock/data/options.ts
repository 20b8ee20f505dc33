/** SKU option axes of the mock catalog, with the values an offer picks from. */
import type { AxisName } from './types';

export type OptionValue = { zh: string; en: string; hex?: string; priceStep?: number };

export const AXIS_NAMES: Record<AxisName, { zh: string; en: string }> = {
  color: { zh: '颜色', en: 'Colour' },
  size: { zh: '尺码', en: 'Size' },
  shoeSize: { zh: '鞋码', en: 'Shoe size' },
  capacity: { zh: '容量', en: 'Capacity' },
  model: { zh: '规格', en: 'Model' },
  pack: { zh: '包装', en: 'Pack' },
  shade: { zh: '色号', en: 'Shade' },
  volume: { zh: '净含量', en: 'Volume' },
};

export const COLORS: OptionValue[] = [
  { zh: '黑色', en: 'Black', hex: '1f2937' },
  { zh: '白色', en: 'White', hex: 'e5e7eb' },
  { zh: '红色', en: 'Red', hex: 'dc2626' },
  { zh: '蓝色', en: 'Blue', hex: '2563eb' },
  { zh: '粉色', en: 'Pink', hex: 'ec4899' },
  { zh: '绿色', en: 'Green', hex: '16a34a' },
  { zh: '灰色', en: 'Grey', hex: '6b7280' },
  { zh: '黄色', en: 'Yellow', hex: 'eab308' },
  { zh: '紫色', en: 'Purple', hex: '9333ea' },
  { zh: '卡其色', en: 'Khaki', hex: 'a16207' },
  { zh: '藏青色', en: 'Navy', hex: '1e3a8a' },
  { zh: '米白色', en: 'Beige', hex: 'd6c7a1' },
  { zh: '橙色', en: 'Orange', hex: 'ea580c' },
  { zh: '薄荷绿', en: 'Mint', hex: '2dd4bf' },
];

/** Values of the other axes; priceStep makes bigger variants cost more on per-SKU offers. */
export const AXIS_VALUES: Record<Exclude<AxisName, 'color'>, OptionValue[]> = {
  size: ['S', 'M', 'L', 'XL', '2XL', '3XL'].map((s, i) => ({
    zh: s,
    en: s,
    priceStep: i >= 4 ? 1 : 0,
  })),
  shoeSize: ['36', '37', '38', '39', '40', '41', '42', '43', '44'].map((s) => ({
    zh: s,
    en: `EU ${s}`,
  })),
  capacity: [
    { zh: '350ml', en: '350 ml', priceStep: 0 },
    { zh: '500ml', en: '500 ml', priceStep: 1 },
    { zh: '750ml', en: '750 ml', priceStep: 2 },
    { zh: '1000ml', en: '1 L', priceStep: 3 },
  ],
  model: [
    { zh: '标准版', en: 'Standard', priceStep: 0 },
    { zh: '升级版', en: 'Upgraded', priceStep: 1 },
    { zh: '豪华版', en: 'Deluxe', priceStep: 2 },
    { zh: '旗舰版', en: 'Flagship', priceStep: 3 },
  ],
  pack: [
    { zh: '单个装', en: 'Single', priceStep: 0 },
    { zh: '3个装', en: 'Pack of 3', priceStep: 2 },
    { zh: '5个装', en: 'Pack of 5', priceStep: 3 },
    { zh: '10个装', en: 'Pack of 10', priceStep: 5 },
  ],
  shade: [
    { zh: '01#正红', en: '#01 True Red' },
    { zh: '02#豆沙', en: '#02 Rose Nude' },
    { zh: '03#枫叶红', en: '#03 Maple Red' },
    { zh: '04#奶茶', en: '#04 Milk Tea' },
    { zh: '05#珊瑚', en: '#05 Coral' },
  ],
  volume: [
    { zh: '30ml', en: '30 ml', priceStep: 0 },
    { zh: '50ml', en: '50 ml', priceStep: 1 },
    { zh: '100ml', en: '100 ml', priceStep: 2 },
  ],
};
