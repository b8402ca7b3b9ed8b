# saudinewsnet_part008_0244 (annotator32)
@P1
LOC | منطقة اليورو | p1_eurozone

@P2
LOC | منطقة اليورو | p2_eurozone
DATE | النصف الثاني من العام الحالي | p2_h2

@P3
LOC | منطقة اليورو | p3_eurozone
DATE | الشهر الحالي | p3_thismonth
DATE | الشهر الماضي | p3_lastmonth
NORP | الألماني | p3_german
LOC | أوروبا | p3_europe
EVENT | أزمة الديون اليونانية | p3_debtcrisis

@P4
ORG | الألمانية | p4_dpa
ORG | ماركت | p4_markit
GPE | لندن | p4_london
LOC | منطقة اليورو | p4_eurozone
ORG | الاتحاد الأوروبي | p4_eu
DATE | تموز (يوليو) الحالي | p4_july
DATE | حزيران (يونيو) الماضي | p4_june
REL | LOCATED_IN | p4_markit | p4_london

@P5
DATE | الشهر الحالي | p5_thismonth1
PER | كريس وليامسون | p5_williamson
ORG | ماركت | p5_markit
LOC | منطقة اليورو | p5_eurozone
DATE | الشهر الحالي | p5_thismonth2
EVENT | أزمة ديون اليونان | p5_debtcrisis
REL | ROLE | p5_williamson | p5_markit

@P8
PER | إدواردو كامبانيللا | p8_campanella
ORG | يوني كريديت | p8_unicredit
NORP | الإيطالي | p8_italian
LOC | منطقة اليورو | p8_eurozone
NORP | الأوروبية | p8_european
NORP | الأمريكي | p8_american
REL | ROLE | p8_campanella | p8_unicredit

@P9
ORG | ماركت | p9_markit
GPE | ألمانيا | p9_germany
DATE | حزيران (يونيو) الماضي | p9_june
DATE | الشهر الحالي | p9_thismonth

@P11
LOC | منطقة اليورو | p11_eurozone1
GPE | اليونان | p11_greece1
LOC | منطقة اليورو | p11_eurozone2
GPE | إسبانيا | p11_spain
GPE | أيرلندا | p11_ireland
GPE | البرتغال | p11_portugal
EVENT | أزمة اليونان | p11_greekcrisis

@P12
GPE | فرنسا | p12_france
LOC | منطقة اليورو | p12_eurozone
DATE | تموز (يوليو) الحالي | p12_july
REL | LOCATED_IN | p12_france | p12_eurozone
