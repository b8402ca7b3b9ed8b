@P1
ORG | دلة الصحية | p1_dallah
PERCENT | 12 % | p1_pct
DATE | النصف الأول | p1_h1

@P2
ORG | دلة للخدمات الصحية | p2_dallah
MONEY | 83.7 مليون ريال | p2_profit
MONEY | 1.77 ريال | p2_eps
DATE | النصف الأول 2015 | p2_h1
PERCENT | 12% | p2_pct
DATE | عام 2014م | p2_2014

@P3
DATE | العام الماضي | p3_lastyear
FAC | مبنى العيادات الشمالية | p3_building

@P5
DATE | الربع الحالي | p5_q
DATE | الربع السابق | p5_qprev
DATE | شهر رمضان | p5_ramadan
DATE | الربع الحالي | p5_q2

@P6
FAC | مبنى العيادات الشمالية | p6_building
