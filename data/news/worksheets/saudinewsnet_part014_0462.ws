# saudinewsnet_part014_0462 (annotator27)
@P1
EVENT | مهرجان العسل الدولي | p1_fest
GPE | الباحة | p1_baha

@P2
DATE | أمس الجمعة | p2_friday
EVENT | مهرجان العسل الدولي | p2_fest
FAC | متنزه غابة رغدان | p2_park
GPE | الباحة | p2_baha
REL | LOCATED_IN | p2_park | p2_baha

@P3
PER | أحمد الخازم الغامدي | p3_ghamdi
GPE | الباحة | p3_baha1
LOC | الخليج | p3_gulf
GPE | اليمن | p3_yemen
GPE | الباحة | p3_baha2
GPE | الرياض | p3_riyadh
GPE | جدة | p3_jeddah

@P4
PER | الغامدي | p4_ghamdi
EVENT | اللقاء الوطني العاشر للنحالين والمهتمين بالنحل وصناعته | p4_meeting
ORG | كرسي م. عبدالله بن أحمد بقشان لأبحاث النحل | p4_chair
ORG | جامعة الملك سعود | p4_ksu1
ORG | جمعية النحالين التعاونية | p4_assoc
ORG | جامعة الباحة | p4_bahauni
ORG | وزارة الزراعة | p4_moa1
DATE | يومي الأربعاء والخميس | p4_days
DATE | 20 و21 شوال | p4_hijri
GPE | بريطانيا | p4_uk
GPE | فرنسا | p4_france
GPE | إيرلندا | p4_ireland
GPE | أثيوبيا | p4_ethiopia
GPE | الأردن | p4_jordan
ORG | جامعة الملك سعود | p4_ksu2
ORG | منظمة الأغذية والزراعة | p4_fao
ORG | وزارة الزراعة | p4_moa2
ORG | صندوق التنمية الزراعية | p4_adf
GPE | الباحة | p4_baha

@P5
PER | الخازم | p5_khazim
PER | أمل العبادي | p5_abbadi

@P6
ORG | إمارة منطقة الباحة | p6_emirate
PER | سعيد بن ريحان | p6_rayhan
REL | ROLE | p6_rayhan | p6_emirate
ORG | الخطوط السعودية | p6_saudia
EVENT | مهرجان العسل الدولي | p6_fest
FAC | متنزه رغدان | p6_park
GPE | الباحة | p6_baha
REL | LOCATED_IN | p6_park | p6_baha

@P7
PER | ابن ريحان | p7_rayhan1
PER | ابن ريحان | p7_rayhan2
ORG | الخطوط السعودية | p7_saudia1
EVENT | مهرجان صيف الباحة | p7_summerfest
PER | ابن ريحان | p7_rayhan3
ORG | الخطوط السعودية | p7_saudia2
GPE | الباحة | p7_baha
