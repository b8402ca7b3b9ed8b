# ant_v1.1_part002_1396 (annotator58)
# "المديرة العامة للصحة", "رئيس ديوان وزيرة الصحة", "وزيرة الصحة" are titles: no ORG inside, no ROLE (like "الرئيس العام لرعاية الشباب").
# "قسم الاستعجالي", "قسم الانعاش" (hospital units) and the bare "المستشفى", "هذه المدرسة" are not annotated.
@P1
PER | سيرين بورماش | p1_sirine
ORG | وزارة الصحة | p1_moh

@P2
PER | نبيهة البرصالي | p2_bersali
DATE | اليوم الثلاثاء | p2_tue
ORG | المدرسة الوطنية لعلوم الاعلامية | p2_ensi
GPE | منوبة | p2_manouba
REL | LOCATED_IN | p2_ensi | p2_manouba      # "ORG بـ place"
DATE | يوم أول أمس الاحد | p2_sun
FAC | مستشفى عزيزة عثمانة | p2_hospital    # the place where she died; "مستشفى" kept (the rest is a person's name)
GPE | تونس | p2_tunis
REL | LOCATED_IN | p2_hospital | p2_tunis

@P3
ORG | وزارة الصحة | p3_moh
DATE | يوم أمس الاثنين | p3_mon
ORG | التفقدية الطبية | p3_inspect       # "مدير التفقدية الطبية": a named department (like "مدير إدارة العمليات"); no PER, no ROLE
PER | البرصالي | p3_bersali1
PER | البرصالي | p3_bersali2
FAC | مستشفى الرابطة | p3_rabta
FAC | مستشفى عزيزة عثمانة | p3_hospital
