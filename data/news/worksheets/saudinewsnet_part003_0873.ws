# saudinewsnet_part003_0873 (annotator19)
@P1
NORP | اليمنيين | p1_yemenis
DATE | أيام العيد | p1_eid

@P2
NORP | اليمنيين | p2_yemenis1
DATE | أيام عيد الفطر | p2_eid1
ORG | المديرية العامة للجوازات | p2_gdp
DATE | عيد الفطر | p2_eid2
NORP | اليمنيين | p2_yemenis2
DATE | 1436/10/30هـ | p2_deadline

@P3
NORP | اليمنيين | p3_yemenis
DATE | أمس الأول | p3_daybefore

@P4
ORG | المديرية العامة للجوازات | p4_gdp
NORP | اليمنيين | p4_yemenis

@P5
ORG | مديرية الجوازات | p5_gdp
