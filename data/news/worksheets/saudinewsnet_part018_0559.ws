# saudinewsnet_part018_0559 (annotator30)
@P1
PER | مرسي | p1_morsi
ORG | وحدة | p1_wahda
REL | ROLE | p1_morsi | p1_wahda

@P2
PER | عبدالله بن مساعد بن عبدالعزيز | p2_abdullah
ORG | الوحدة | p2_wahda
GPE | مكة المكرمة | p2_makkah
REL | LOCATED_IN | p2_wahda | p2_makkah
DATE | 18/9/1436هـ | p2_date
PER | هشام بن فؤاد بن محمد مرسي | p2_m1
PER | محمد بن محمد بن صالح سمرقندي | p2_m2
PER | باسم بن عبدالفتاح منقل | p2_m3
PER | أحمد بن صالح شعيب | p2_m4
PER | عبدالرشيد بن إسماعيل تركستاني | p2_m5
PER | فواز عبدالعزيز بخاري | p2_m6
PER | عبدالفتاح موسى الهوساوي | p2_m7
PER | وديع هاشم المرزوقي | p2_m8
PER | سمـــير سـليمان الـنوري | p2_m9
PER | مشهور بن عبدالله الحربي | p2_m10
PER | وائل بن سالم غلام | p2_m11
REL | ROLE | p2_m1 | p2_wahda
REL | ROLE | p2_m2 | p2_wahda
REL | ROLE | p2_m3 | p2_wahda
REL | ROLE | p2_m4 | p2_wahda
REL | ROLE | p2_m5 | p2_wahda
REL | ROLE | p2_m6 | p2_wahda
REL | ROLE | p2_m7 | p2_wahda
REL | ROLE | p2_m8 | p2_wahda
REL | ROLE | p2_m9 | p2_wahda
REL | ROLE | p2_m10 | p2_wahda
REL | ROLE | p2_m11 | p2_wahda

@P3
ORG | الجواء | p3_jiwa
GPE | القصيم | p3_qassim
REL | LOCATED_IN | p3_jiwa | p3_qassim
DATE | 18/8/1436هـ | p3_date
PER | محمد بن علي الفاضل | p3_m1
PER | خالد بن سعود السالمي | p3_m2
PER | عثمان بن محمد العريني | p3_m3
PER | ماجد بن ناصر العريني | p3_m4
PER | فهد بن عبدالله السلامة | p3_m5
PER | ماجد بن علي الفاضل | p3_m6
PER | ناصر بن عبدالله النويصر | p3_m7
PER | خالد بن عبيد البشري | p3_m8
REL | ROLE | p3_m1 | p3_jiwa
REL | ROLE | p3_m2 | p3_jiwa
REL | ROLE | p3_m3 | p3_jiwa
REL | ROLE | p3_m4 | p3_jiwa
REL | ROLE | p3_m5 | p3_jiwa
REL | ROLE | p3_m6 | p3_jiwa
REL | ROLE | p3_m7 | p3_jiwa
REL | ROLE | p3_m8 | p3_jiwa

@P4
PER | عبدالله بن مساعد | p4_abdullah
ORG | الرئاسة العامة لرعاية الشباب | p4_gpyw
REL | ROLE | p4_abdullah | p4_gpyw
