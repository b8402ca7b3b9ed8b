# saudinewsnet_part023_0569 (annotator45)
# "روما" is the club (AS Roma) throughout; its nickname "جالوروسي" and Chelsea's "البلوز", Fiorentina's "فيولا" are ORG.
@P1
ORG | روما | p1_roma
PER | صلاح | p1_salah
REL | ROLE | p1_salah | p1_roma

@P2
NORP | المصري | p2_egy
PER | محمد صلاح | p2_salah
ORG | روما | p2_roma
GPE | إيطاليا | p2_italy
ORG | تشلسي | p2_chelsea
NORP | الإنجليزي | p2_eng
ORG | فيورنتينا | p2_fio
REL | ROLE | p2_salah | p2_roma
REL | ROLE | p2_salah | p2_chelsea
REL | ROLE | p2_salah | p2_fio

@P3
PER | صلاح | p3_salah
ORG | فيورنتينا | p3_fio1
NORP | الإيطالي | p3_ital
PER | رامي عباس | p3_abbas
ORG | فيورنتينا | p3_fio2
REL | CRITICIZES | p3_fio1 | p3_salah
REL | ROLE | p3_salah | p3_fio1

@P4
ORG | فيورنتنيا | p4_fio
PER | فينتشنزو جويريني | p4_guerini
PER | صلاح | p4_salah1
PER | صلاح | p4_salah2
PER | صلاح | p4_salah3
MONEY | ثلاثة ملايين يورو | p4_money
NORP | المصري | p4_egy
REL | ROLE | p4_guerini | p4_fio

@P5
ORG | فيورنتينا | p5_fio
DATE | 15 يونيو 1992 | p5_birth
GPE | بسيون | p5_basyoun
ORG | جالوروسي | p5_giallorossi
NORP | مصري | p5_egy
PER | أحمد حسام | p5_hossam
PER | ميدو | p5_mido
DATE | 2004 | p5_2004
REL | ROLE | p5_hossam | p5_giallorossi

@P6
ORG | روما | p6_roma1
FAC | مطار فوميتشينو | p6_airport
ORG | روما | p6_roma2

@P7
DATE | الموسم المقبل | p7_nextseason
ORG | روما | p7_roma
ORG | فيورنتينا | p7_fio1
ORG | فيورتنينا | p7_fio2
ORG | تشلسي | p7_chelsea

@P8
ORG | دوري أبطال أوروبا | p8_ucl1
PER | صلاح | p8_salah
ORG | روما | p8_roma
ORG | دوري الأبطال | p8_ucl2
NORP | الفرنسي | p8_french
PER | رودي جارسيا | p8_garcia
PER | فرانشيسكو توتي | p8_totti
DATE | الموسم الماضي | p8_lastseason
REL | ROLE | p8_salah | p8_roma
REL | ROLE | p8_garcia | p8_roma
REL | ROLE | p8_totti | p8_roma

@P9
ORG | روما | p9_roma
DATE | الموسم الجاري | p9_season
MONEY | خمسة ملايين يورو | p9_loan
MONEY | 15 مليون يورو | p9_option

@P10
PER | صلاح | p10_salah
ORG | المقاولون العرب | p10_mokawloon
ORG | منتخب الأولمبي المصري | p10_olympic
ORG | بازل | p10_basel
DATE | مارس 2012 | p10_mar2012
NORP | السويسري | p10_swiss
DATE | موسم 2012-2013 | p10_season
ORG | تشلسي | p10_chelsea
NORP | الإنجليزي | p10_eng
NORP | الأوروبي | p10_europa
ORG | دوري أبطال أوروبا | p10_ucl
NORP | اللندني | p10_london
DATE | يناير 2014 | p10_jan2014
MONEY | 11 مليون جنيه إسترليني | p10_fee
NORP | مصري | p10_egy
REL | ROLE | p10_salah | p10_mokawloon
REL | ROLE | p10_salah | p10_olympic
REL | ROLE | p10_salah | p10_basel
REL | ROLE | p10_salah | p10_chelsea

@P11
NORP | البرتغالي | p11_port
PER | جوزيه مورينيو | p11_mourinho
NORP | الإنجليزي | p11_eng
ORG | البلوز | p11_blues
ORG | فيورنتينا | p11_fio1
ORG | فيولا | p11_viola
ORG | ساسوولو | p11_sassuolo
DATE | النصف الثاني من الموسم الماضي | p11_half
NORP | الأوروبي | p11_europa
PER | صلاح | p11_salah
ORG | روما | p11_roma
ORG | فيورنتينا | p11_fio2
REL | ROLE | p11_salah | p11_roma
REL | ROLE | p11_salah | p11_fio2
