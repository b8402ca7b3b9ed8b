# ant_v1.1_part003_1710 (second-fifth2)
@P1
ORG | المنتخب التونسي | p1_tun
NORP | الإفريقي | p1_african

@P2
DATE | اليوم 14 فيفري | p2_date
ORG | المنتخب التونسي لكرة القدم | p2_tun
NORP | الإفريقي | p2_african
EVENT | كأس أمم إفريقيا 2004 | p2_can
GPE | تونس | p2_tunisia
ORG | نسور قرطاج | p2_eagles
ORG | أسود الأطلس | p2_lions

@P3
PER | سيلفا دوسنتوس | p3_santos
PER | زياد الجزيري | p3_jaziri
ORG | أسود الأطلس | p3_lions1
ORG | المنتخب التونسي | p3_tun
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
