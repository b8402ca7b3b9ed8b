# ant_v1.1_part002_1240 (annotator23)
@P2
ORG | الشرطة البلدية | p2_munipolice
DATE | اليوم الخميس | p2_thu

@P3
DATE | يوم أمس | p3_yest
DATE | هذا الاسبوع | p3_week
ORG | وزارة الفلاحة والموارد المائية والصيد البحري | p3_ministry
GPE | الجمهورية التونسية | p3_tunisia
DATE | الثلاثاء 13 جوان 2017 | p3_date
