# saudinewsnet_part020_0283 (annotator24)
@P1
GPE | الرياض | p1_riyadh
LOC | الخليج | p1_gulf

@P2
GPE | الرياض | p2_riyadh
EVENT | المؤتمر العالمي لمواجهة مرض السمنة والسكري في دول الخليج | p2_conf
FAC | فندق إنتركونتينينتال | p2_hotel
DATE | 7-9 محرم 1437ه | p2_hijri
DATE | 20-22 أكتوبر 2015م | p2_greg
PER | خالد بن عبدالعزيز الفالح | p2_falih
REL | LOCATED_IN | p2_hotel | p2_riyadh

@P3
PER | سعود الحسن | p3_hassan1
PER | سعود الحسن | p3_hassan2
GPE | الرياض | p3_riyadh
LOC | الخليج | p3_gulf
ORG | مجلس التعاون الخليجي | p3_gcc

@P4
PER | الحسن | p4_hassan
NORP | الخليجيين | p4_gulfis
GPE | أمريكا | p4_us
GPE | بريطانيا | p4_uk
GPE | الدنمارك | p4_denmark
NORP | الخليجية | p4_gulf_adj

@P5
ORG | الجمعية السعودية لطب الأسرة والمجتمع | p5_ssfcm
ORG | المكتب التنفيذي لمجلس وزراء الصحة لدول مجلس التعاون | p5_gcc_exec
ORG | وزارة الصحة | p5_moh
ORG | المركز الوطني للسكري | p5_ndc
ORG | الهيئة السعودية للتخصصات الصحية | p5_scfhs

@P6
LOC | الخليج | p6_gulf
