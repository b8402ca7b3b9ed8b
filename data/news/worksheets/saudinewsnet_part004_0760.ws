# saudinewsnet_part004_0760 (annotator30)
@P1
GPE | ايران | p1_iran
GPE | روسيا | p1_russia
GPE | الصين | p1_china

@P2
ORG | منظمة الطاقة الذرية الايرانية | p2_aeoi
PER | علي اكبر صالحي | p2_salehi1
REL | ROLE | p2_salehi1 | p2_aeoi
GPE | روسيا | p2_russia1
GPE | ايران | p2_iran1
DATE | العام الجاري | p2_thisyear
REL | SUPPORTS | p2_russia1 | p2_iran1
GPE | الصين | p2_china
PER | صالحي | p2_salehi2
GPE | ايران | p2_iran2
NORP | الروس | p2_russians
NORP | الايراني | p2_iranian
PERCENT | 20 بالمئة | p2_pct
NORP | روسي | p2_russian1
LAW | الاتفاق النووي | p2_deal1
DATE | الاسبوع الماضي | p2_lastweek
NORP | روسي | p2_russian2
PER | صالحي | p2_salehi3
GPE | ايران | p2_iran3
GPE | ايران | p2_iran4
GPE | نطنز | p2_natanz
LAW | الاتفاق النووي | p2_deal2
GPE | اراك | p2_arak
GPE | ايران | p2_iran5
ORG | مجلس الامن الدولي | p2_unsc1
DATE | قبل يومين | p2_twodaysago
LAW | القرار (2231) | p2_res2231
LAW | خطة العمل الشاملة المشتركة | p2_jcpoa
DATE | 14 يوليو الجاري | p2_jul14
GPE | ايران | p2_iran6
ORG | مجموعة (5 + 1) | p2_p5plus1_1
REL | PARTY_TO | p2_iran6 | p2_jcpoa
REL | PARTY_TO | p2_p5plus1_1 | p2_jcpoa
ORG | مجموعة (5 + 1) | p2_p5plus1_2
ORG | مجلس الأمن | p2_unsc2
GPE | المانيا | p2_germany
GPE | ايران | p2_iran7
ORG | الوئام | p2_wiam
GPE | ايران | p2_iran8
GPE | روسيا | p2_russia2
GPE | الصين | p2_china2
