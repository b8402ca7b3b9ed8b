# ant_v1.1_part002_0677 (annotator52)
# "قضية اغتيال (الشهيد شكري) بلعيد": the assassination of a named person is not an EVENT, only PER.
# "قاضي التحقيق", "وزير العدل", "المتفقد العام" and "وكيل الجمهورية" are titles with no named holder: no ROLE; the complaint is against an unnamed judge: no CRITICIZES.
@P1
PER | بلعيد | p1_belaid
ORG | الوطد | p1_watad
ORG | وزارة العدل | p1_moj

@P2
ORG | وزارة العدل | p2_moj1
ORG | حزب الوطنيين الديمقراطيين الموحد | p2_party
DATE | يوم الاثنين الماضي | p2_monday
ORG | وكالة الجمهورية | p2_prosecution
ORG | المحكمة الابتدائية | p2_court
GPE | تونس | p2_tunis
PER | شكري بلعيد | p2_belaid
ORG | وزارة العدل | p2_moj2
ORG | الهيئة الوقتية للقضاء العدلي | p2_hiaa
REL | LOCATED_IN | p2_court | p2_tunis

@P3
ORG | حزب الوطنيين الديمقراطيين الموحد | p3_party
