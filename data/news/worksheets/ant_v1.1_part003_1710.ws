# ant_v1.1_part003_1710 (annotator48)
# team nicknames "نسور قرطاج", "النسور" (Tunisia) and "أسود الأطلس" (Morocco) are ORG; teams named by their country are GPE
@P1
ORG | المنتخب التونسي | p1_tunteam
NORP | الإفريقي | p1_african

@P2
DATE | اليوم 14 فيفري | p2_feb14
ORG | المنتخب التونسي لكرة القدم | p2_tunteam
NORP | الإفريقي | p2_african
# "تتويج ... منذ 13 سنة أي في ... 2004": "13 years ago", an anchored point like "قبل 6 سنوات"
DATE | منذ 13 سنة | p2_13y
EVENT | كأس أمم إفريقيا 2004 | p2_can2004
GPE | تونس | p2_tunisia
ORG | نسور قرطاج | p2_eagles
ORG | أسود الأطلس | p2_lions

@P3
PER | سيلفا دوسنتوس | p3_dossantos
PER | زياد الجزيري | p3_jaziri
ORG | أسود الأطلس | p3_lions1
ORG | المنتخب التونسي | p3_tunteam
GPE | رواندا | p3_rwanda
GPE | جمهورية الكونغو الديمقراطية | p3_drc
GPE | غينيا | p3_guinea
GPE | السنغال | p3_senegal
GPE | نيجيريا | p3_nigeria
ORG | أسود الأطلس | p3_lions2
DATE | 2004 | p3_2004
ORG | النسور | p3_eagles
GPE | الغابون | p3_gabon
DATE | جانفي 2017 | p3_jan2017
