# saudinewsnet_part013_0884 (annotator58)
# "الشريف" before a name is the honorific of the Ashraf (like "الأمير"): left out; "نائب الملك", "ولي العهد", "وزير الداخلية",
# "مستشار خادم الحرمين الشريفين", "اللواء متقاعد" are titles. The condolence cable is no MEET; the phone call is (§7.3).
@P1
PER | الفعر | p1_faar
PER | منصور | p1_mansour
GPE | الطائف | p1_taif

@P2
PER | فهد العتيبي | p2_otaibi
ORG | سبق | p2_sabq
GPE | الطائف | p2_taif1
REL | ROLE | p2_otaibi | p2_sabq
PER | محمد بن نايف بن عبدالعزيز | p2_mbn1
ORG | مجلس الوزراء | p2_cabinet1
REL | ROLE | p2_mbn1 | p2_cabinet1
PER | سلطان الفعر | p2_sultan1
PER | منصور بن سلطان الشريف | p2_mansour1   # here "الشريف" closes the name as written
DATE | يوم السبت الماضي | p2_sat1
FAC | المسجد الحرام | p2_haram1
FAC | مقابر المعلاه | p2_maala            # a named cemetery (like مقبرة الشرف)
PER | سلطان الفعر | p2_sultan2
PER | محمد بن نايف بن عبدالعزيز | p2_mbn2
ORG | مجلس الوزراء | p2_cabinet2
REL | ROLE | p2_mbn2 | p2_cabinet2
PER | أحمد بن سلطان الفعر | p2_ahmad1
PER | خالد الفيصل | p2_khalid1
GPE | مكة المكرمة | p2_makkah           # "أمير منطقة مكة المكرمة": "منطقة" dropped (§7.1)
REL | ROLE | p2_khalid1 | p2_makkah
REL | MEET | p2_ahmad1 | p2_khalid1     # "تلقى ... اتصالاً هاتفيًا من الأمير خالد الفيصل"
PER | منصور بن سلطان الفعر | p2_mansour2
NORP | الاشراف | p2_ashraf             # "جماعته الاشراف": the Ashraf, a religious-lineage group
GPE | الطائف | p2_taif2
PER | أحمد الفعر | p2_ahmad2
PER | منصور | p2_mansour3
PER | خالد الفيصل | p2_khalid2
PER | منصور بن سلطان الفعر | p2_mansour4
DATE | يوم السبت الماضي | p2_sat2
DATE | الأحد | p2_sun                   # "بعد صلاة الظهر" (part of the day) left out
FAC | المسجد الحرام | p2_haram2
PER | منصور | p2_mansour5
ORG | دار الشريف | p2_dar              # "دار" kept (the rest alone reads as a person); descriptor "للطباعة والنشر" out (§7.7 ماركت)
ORG | نادي جدة الأدبي | p2_club         # the city inside the name not annotated
REL | ROLE | p2_mansour5 | p2_dar       # "صاحب دار الشريف"
REL | ROLE | p2_mansour5 | p2_club      # "أحد أعضاء"
