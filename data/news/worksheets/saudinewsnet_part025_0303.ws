# saudinewsnet_part025_0303 (annotator10)
@P1
ORG | غرفة الرياض | p1_chamber

@P2
ORG | غرفة الرياض | p2_chamber
DATE | اليوم الاثنين | p2_mon
DATE | عيد الفطر | p2_eid
NORP | سعوديين | p2_saudis

@P3
DATE | اليوم الاثنين | p3_mon
ORG | غرفة الرياض | p3_chamber
ORG | مجموعة زيد الحسين وإخوانه للمقاولات | p3_hussain
ORG | غرفة الرياض | p3_chamber2
ORG | العرض المتقن | p3_ardh
DATE | يوم الثلاثاء القادم | p3_tue
ORG | مصنع رامة للألمنيوم | p3_rama
ORG | مستشفى الدكتور عبد الرحمن المشاري | p3_mishari
DATE | يوم الأربعاء القادم | p3_wed
ORG | توكيلات الجزيرة | p3_jazira
ORG | ايوان للحراسات الأمنية | p3_iwan
ORG | استثمارات الرياض الصناعية | p3_rii
DATE | يوم الخميس | p3_thu
ORG | تناغم الأهداف | p3_tanagum
ORG | عبدالرحمن سعد الراشد للحراسات الأمنية الخاصة | p3_rashed
