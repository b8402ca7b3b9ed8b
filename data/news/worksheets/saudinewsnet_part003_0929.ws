# saudinewsnet_part003_0929 (annotator27)
@P1
ORG | مؤسسة النقد | p1_sama
MONEY | 454.4 مليار ريال | p1_m1

@P2
DATE | نهاية العام الماضي 2014م | p2_d1
MONEY | 454.4 مليار ريال | p2_m1
MONEY | 615.4 مليار ريال | p2_m2
PERCENT | 9.1% | p2_p1
DATE | العام 2013 | p2_d2
ORG | مؤسسة النقد العربي السعودي | p2_sama1
MONEY | 58.1 مليار ريال | p2_m3
PERCENT | 21.3% | p2_p2
DATE | عام 2013م | p2_d3
DATE | العام 2014 | p2_d4
MONEY | 18.5 مليار ريال | p2_m4
PERCENT | 29.7% | p2_p3
DATE | العام 2013 | p2_d5
DATE | نهاية العام 2014 | p2_d6
MONEY | 310.9 مليارات ريال | p2_m5
PERCENT | 14.6% | p2_p4
DATE | العام 2013 | p2_d7
ORG | صندوق التنمية الصناعية السعودي | p2_sidf
DATE | العام الماضي 2014 | p2_d8
MONEY | 5.7 مليارات ريال | p2_m6
PERCENT | 39.3% | p2_p5
DATE | العام الذي سبقه | p2_d9
MONEY | 4.5 مليارات ريال | p2_m7
PERCENT | 3.3% | p2_p6
DATE | عام 2013 | p2_d10
DATE | نهاية العام الماضي | p2_d11
MONEY | 30.9 مليار ريال | p2_m8
PERCENT | 4.1% | p2_p7
ORG | صندوق التنمية العقارية | p2_redf
DATE | نهاية العام الماضي 2014م | p2_d12
MONEY | 129.5 مليار ريال | p2_m9
PERCENT | 11% | p2_p8
DATE | العام 2013م | p2_d13
DATE | العام الماضي | p2_d14
MONEY | 17.3 مليار ريال | p2_m10
PERCENT | 15,7% | p2_p9
DATE | العام الذي سبقه | p2_d15
DATE | العام الماضي | p2_d16
MONEY | 4.5 مليارات ريال | p2_m11
PERCENT | 29.7% | p2_p10
DATE | العام 2013 | p2_d17
ORG | ساما | p2_sama2
ORG | صندوق التنمية الزراعية | p2_adf
DATE | العام الماضي 2014 | p2_d18
PERCENT | 3.8% | p2_p11
MONEY | 929.2 مليون ريال | p2_m12
MONEY | 895 | p2_m13
DATE | 2013 | p2_d19
DATE | العام الماضي | p2_d20
PERCENT | 9.5% | p2_p12
DATE | العام الذي سبقه | p2_d21
MONEY | 758.2 مليون ريال | p2_m14
DATE | نهاية العام 2014 | p2_d22
MONEY | 8.6 مليارات ريال | p2_m15
PERCENT | 2% | p2_p13
DATE | العام 2013 | p2_d23
ORG | صندوق الاستثمارات العامة | p2_pif
DATE | العام 2014 | p2_d24
PERCENT | 0.1% | p2_p14
DATE | العام 2013 | p2_d25
MONEY | 16 مليار ريال | p2_m16
DATE | العام الماضي | p2_d26
MONEY | 2.7 مليار ريال | p2_m17
PERCENT | 75.9% | p2_p15
DATE | العام 2013 | p2_d27
DATE | نهاية العام الماضي | p2_d28
MONEY | 90.4 مليار ريال | p2_m18
PERCENT | 17.3% | p2_p16
DATE | العام الذي سبقه | p2_d29
ORG | مؤسسة النقد | p2_sama3
ORG | البنك السعودي للتسليف والادخار | p2_bank
DATE | العام الماضي | p2_d30
MONEY | 18.2 مليار ريال | p2_m19
PERCENT | 185.2% | p2_p17
DATE | العام 2013 | p2_d31
DATE | العام الماضي | p2_d32
MONEY | 6.1 مليارات ريال | p2_m20
PERCENT | 6.7% | p2_p18
DATE | العام الذي سبقه | p2_d33
DATE | نهاية 2014 | p2_d34
MONEY | 36.9 مليار ريال | p2_m21
PERCENT | 46.8% | p2_p19
DATE | العام 2013 | p2_d35
ORG | وزارة المالية | p2_mof
DATE | العام 1391 ه | p2_d36
DATE | 1971 | p2_d37
DATE | العام الماضي | p2_d38
MONEY | 506.3 ملايين ريال | p2_m22
PERCENT | 11.5% | p2_p20
DATE | العام 2013م | p2_d39
DATE | العام الماضي | p2_d40
MONEY | 265.2 مليون ريال | p2_m23
PERCENT | 36.2% | p2_p21
DATE | العام الذي سبقه | p2_d41
ORG | مؤسسة النقد | p2_sama4
DATE | العام المالي الماضي 1435 ه | p2_d42
MONEY | 4.5 مليارات ريال | p2_m24
MONEY | 1842.2 مليون ريال | p2_m25
MONEY | 268.4 مليون ريال | p2_m26
MONEY | 139.2 مليون ريال | p2_m27
MONEY | 15.5 مليون ريال | p2_m28
MONEY | 2.4 مليون ريال | p2_m29
