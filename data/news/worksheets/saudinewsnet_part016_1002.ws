# saudinewsnet_part016_1002 (annotator42)
# "كتابات العدل" (the notary offices, a plural kind of office) is not a named body; "المملكة" alone not annotated.
@P3
ORG | وزارة العدل | p3_moj
PER | منصور القفاري | p3_qaffari
ORG | الوطن | p3_watan
REL | ROLE | p3_qaffari | p3_moj

@P4
PER | القفاري | p4_qaffari

@P5
# "وزير العدل" is a title (no ORG); the ministry is named only in the next sentence
DATE | مطلع ذي القعدة | p5_dhulqada
PER | وليد الصمعاني | p5_samaani
ORG | وزارة العدل | p5_moj

@P6
ORG | الوطن | p6_watan
ORG | وزارة العدل | p6_moj
PER | منصور القفاري | p6_qaffari
REL | ROLE | p6_qaffari | p6_moj

@P7
PER | القفاري | p7_qaffari

@P8
ORG | وزارة العدل | p8_moj
DATE | مطلع شهر ذي القعدة المقبل | p8_dhulqada
PER | وليد الصمعاني | p8_samaani
REL | ROLE | p8_samaani | p8_moj

@P9
ORG | وزارة العدل | p9_moj
DATE | نهاية العام الحالي | p9_endyear
ORG | مركز التدريب العدلي | p9_center
ORG | مجلس الوزراء | p9_cabinet
DATE | العام الماضي | p9_lastyear

@P10
ORG | وزارة العدل | p10_moj
PER | الصمعاني | p10_samaani
REL | ROLE | p10_samaani | p10_moj
