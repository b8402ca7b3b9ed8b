# saudinewsnet_part000_0042 (annotator38)
@P1
ORG | مجلس الأمن | p1_unsc
LAW | اتفاق النووي | p1_deal
ORG | الحرس الثوري | p1_irgc

@P2
ORG | مجلس الأمن الدولي | p2_unsc
DATE | أمس | p2_yesterday
LAW | اتفاق النووي | p2_deal
GPE | إيران | p2_iran1
REL | PARTY_TO | p2_iran1 | p2_deal
GPE | طهران | p2_tehran
DATE | 2006 | p2_2006
GPE | إيران | p2_iran2

@P3
GPE | الولايات المتحدة | p3_us1
ORG | الأمم المتحدة | p3_un
PER | سامنثا باور | p3_power
REL | ROLE | p3_power | p3_us1
GPE | طهران | p3_tehran
NORP | الأميركي | p3_american
PER | آشتون كارتر | p3_carter
REL | ROLE | p3_carter | p3_american
GPE | إسرائيل | p3_israel
REL | VISIT | p3_carter | p3_israel
DATE | أمس | p3_yesterday
GPE | واشنطن | p3_washington
GPE | الولايات المتحدة | p3_us2
GPE | الولايات المتحدة | p3_us3

@P4
GPE | طهران | p4_tehran
PER | محمد علي جعفري | p4_jafari
ORG | الحرس الثوري الإيراني | p4_irgc
REL | ROLE | p4_jafari | p4_irgc
ORG | مجلس الأمن | p4_unsc
REL | CRITICIZES | p4_jafari | p4_unsc
GPE | إيران | p4_iran
