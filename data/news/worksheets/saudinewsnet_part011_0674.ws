# saudinewsnet_part011_0674 (annotator18)
@P1
ORG | سابك | p1_sabic
NORP | الإيرانية | p1_iranian

@P2
ORG | الشركة السعودية للصناعات الأساسية | p2_sabic_full
ORG | سابك | p2_sabic
NORP | الإيرانية | p2_iranian
LAW | الاتفاق النووي | p2_deal
GPE | أمريكا | p2_america
ORG | الاتحاد الأوروبي | p2_eu
DATE | منتصف 2012 | p2_mid2012

@P3
ORG | سابك | p3_sabic1
PER | يوسف البنيان | p3_binyan
NORP | الإيرانية | p3_iranian
ORG | سابك | p3_sabic2
REL | ROLE | p3_binyan | p3_sabic1

@P4
ORG | سابك | p4_sabic
DATE | البارحة | p4_yesterday
GPE | الرياض | p4_riyadh
NORP | الإيرانية | p4_iranian
GPE | إيران | p4_iran
MONEY | بليوني ريال | p4_money
DATE | عام 2004م | p4_2004

@P5
PER | البنيان | p5_binyan
ORG | سابك | p5_sabic1
ORG | سابك | p5_sabic2
ORG | سابك | p5_sabic3

@P6
ORG | سابك | p6_sabic

@P7
PER | البنيان | p7_binyan
ORG | سابك | p7_sabic1
ORG | معادن | p7_maaden
LAW | استراتيجية سابك 2025 | p7_strategy
ORG | سابك | p7_sabic2

@P8
ORG | سابك | p8_sabic
GPE | أمريكا | p8_america
GPE | بريطانيا | p8_britain

@P9
ORG | سابك | p9_sabic1
ORG | سابك | p9_sabic2
NORP | الصينية | p9_chinese1
PERCENT | 30 في المائة | p9_pct
NORP | الصينية | p9_chinese2

@P10
PER | البنيان | p10_binyan
ORG | الشركة السعودية للصناعات الأساسية | p10_sabic_full
ORG | سابك | p10_sabic
DATE | النصف الأول لعام 2015م | p10_h1
MONEY | 7.5 مليار ريال | p10_money1
MONEY | 2.5 ريال | p10_money2
PERCENT | 25% | p10_pct
REL | ROLE | p10_binyan | p10_sabic_full

@P11
ORG | سابك | p11_sabic
PERCENT | 4.49% | p11_pct
DATE | الربع الثاني من العام الجاري | p11_q2
DATE | العام الماضي | p11_lastyear
MONEY | 6.17 مليار ريال | p11_money

@P12
ORG | سابك | p12_sabic
PERCENT | 21.6% | p12_pct
DATE | قبل عام | p12_yearago
MONEY | 10.11 مليار ريال | p12_money
DATE | الربع الحالي | p12_q
DATE | الربع المماثل من العام السابق | p12_qprev

@P13
PERCENT | 25% | p13_pct
MONEY | 2.5 ريال | p13_money
DATE | النصف الأول 2015م | p13_h1

@P14
PER | البنيان | p14_binyan
ORG | سابك | p14_sabic
DATE | ربع الثاني | p14_q2
REL | ROLE | p14_binyan | p14_sabic
