/** The 1688 Open Platform APIs pifa calls (see the gateway doc, section 3). */
export type ApiSpec = { namespace: string; name: string; needsAuth: boolean };

const crossBorder = (name: string): ApiSpec => ({
  namespace: 'com.alibaba.fenxiao.crossborder',
  name,
  needsAuth: true,
});

export const APIS = {
  keywordSearch: crossBorder('product.search.keywordQuery'),
  productDetail: crossBorder('product.search.queryProductDetail'),
  imageUpload: crossBorder('product.image.upload'),
  imageSearch: crossBorder('product.search.imageQuery'),
  sellerOffers: crossBorder('product.search.querySellerOfferList'),
  categoryTranslation: crossBorder('category.translation.getById'),
  categoryGet: { namespace: 'com.alibaba.product', name: 'alibaba.category.get', needsAuth: false },
  currentTime: { namespace: 'system', name: 'currentTime', needsAuth: false },
} as const satisfies Record<string, ApiSpec>;
