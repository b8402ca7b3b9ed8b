# saudinewsnet_part005_0952 (annotator22)
@P1
MONEY | 80 دولارا | p1_80usd

@P2
DATE | نهاية العام الحالي | p2_endyear
DATE | بداية العام المقبل 2016 | p2_2016
MONEY | 80 إلى 90 دولارا | p2_80_90usd
ORG | أوبك | p2_opec
MONEY | الـ50 و60 دولارا | p2_50_60usd
MONEY | الـ50 دولارا | p2_50usd

@P3
NORP | خليجيان | p3_gulf
ORG | أوبك | p3_opec1
DATE | هذا الشهر | p3_thismonth
DATE | النصف الأول من العام | p3_h1
PER | صالح عبدالرحمن العجلان | p3_ajlan
ORG | الوطن | p3_alwatan
ORG | أوبك | p3_opec2

@P4
PER | العجلان | p4_ajlan
ORG | أوبك | p4_opec1
ORG | أوبك | p4_opec2
GPE | المملكة العربية السعودية | p4_ksa

@P5
GPE | إيران | p5_iran1
ORG | مجلس الأمن الدولي | p5_unsc
ORG | أمم المتحدة | p5_un
ORG | مجموعة 5+1 | p5_p5plus1
GPE | إيران | p5_iran2
PER | العجلان | p5_ajlan
LAW | اتفاق إيران | p5_iran_deal
GPE | طهران | p5_tehran
GPE | إيران | p5_iran3

@P6
PER | العجلان | p6_ajlan
LAW | الاتفاق النووي | p6_nuclear_deal
GPE | طهران | p6_tehran
GPE | إيران | p6_iran
REL | PARTY_TO | p6_tehran | p6_nuclear_deal
REL | CRITICIZES | p6_ajlan | p6_iran

@P7
PER | العجلان | p7_ajlan
MONEY | 50 دولارا | p7_50usd
MONEY | الـ30 دولارا | p7_30usd
MONEY | 25 و30 دولارا | p7_25_30usd
MONEY | 80 و90 دولارا | p7_80_90usd
MONEY | 60 دولارا | p7_60usd
