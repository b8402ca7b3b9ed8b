# saudinewsnet_part018_0559 (second pass, third2)
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
PER | هشام بن فؤاد بن محمد مرسي | p2_morsi
PER | محمد بن محمد بن صالح سمرقندي | p2_samarqandi
PER | باسم بن عبدالفتاح منقل | p2_mungal
PER | أحمد بن صالح شعيب | p2_shuaib
PER | عبدالرشيد بن إسماعيل تركستاني | p2_turkistani
PER | فواز عبدالعزيز بخاري | p2_bukhari
PER | عبدالفتاح موسى الهوساوي | p2_hawsawi
PER | وديع هاشم المرزوقي | p2_marzouqi
PER | سمـــير سـليمان الـنوري | p2_nouri
PER | مشهور بن عبدالله الحربي | p2_harbi
PER | وائل بن سالم غلام | p2_ghulam
REL | ROLE | p2_morsi | p2_wahda
REL | ROLE | p2_samarqandi | p2_wahda
REL | ROLE | p2_mungal | p2_wahda
REL | ROLE | p2_shuaib | p2_wahda
REL | ROLE | p2_turkistani | p2_wahda
REL | ROLE | p2_bukhari | p2_wahda
REL | ROLE | p2_hawsawi | p2_wahda
REL | ROLE | p2_marzouqi | p2_wahda
REL | ROLE | p2_nouri | p2_wahda
REL | ROLE | p2_harbi | p2_wahda
REL | ROLE | p2_ghulam | p2_wahda

@P3
ORG | الجواء | p3_jawa
GPE | القصيم | p3_qassim
REL | LOCATED_IN | p3_jawa | p3_qassim
DATE | 18/8/1436هـ | p3_date
PER | محمد بن علي الفاضل | p3_fadhel1
PER | خالد بن سعود السالمي | p3_salmi
PER | عثمان بن محمد العريني | p3_oraini1
PER | ماجد بن ناصر العريني | p3_oraini2
PER | فهد بن عبدالله السلامة | p3_salama
PER | ماجد بن علي الفاضل | p3_fadhel2
PER | ناصر بن عبدالله النويصر | p3_nuwaisir
PER | خالد بن عبيد البشري | p3_bishri
REL | ROLE | p3_fadhel1 | p3_jawa
REL | ROLE | p3_salmi | p3_jawa
REL | ROLE | p3_oraini1 | p3_jawa
REL | ROLE | p3_oraini2 | p3_jawa
REL | ROLE | p3_salama | p3_jawa
REL | ROLE | p3_fadhel2 | p3_jawa
REL | ROLE | p3_nuwaisir | p3_jawa
REL | ROLE | p3_bishri | p3_jawa

@P4
PER | عبدالله بن مساعد | p4_abdullah
ORG | الرئاسة العامة لرعاية الشباب | p4_gpyw
REL | ROLE | p4_abdullah | p4_gpyw
