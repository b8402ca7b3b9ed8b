# saudinewsnet_part004_0538 (annotator13)
@P1
ORG | الخارجية الفلسطينية | p1_pmofa
NORP | الإسرائيلي | p1_isr

@P2
ORG | وزارة الخارجية الفلسطينية | p2_pmofa
DATE | اليوم الأربعاء | p2_wed
NORP | الإسرائيلي | p2_isr1
NORP | الفلسطينيين | p2_pals
ORG | لجنة التخطيط | p2_planning
ORG | إدارة المدنية الإسرائيلية | p2_civadmin
GPE | الضفة الغربية | p2_westbank
NORP | الإسرائيلية | p2_isr2
PER | اييلت شكيد | p2_shaked
NORP | الفلسطينية | p2_pal1
NORP | الإسرائيلي | p2_isr3
ORG | البيت اليهودي | p2_jewishhome
PER | نفتالي بينت | p2_bennett
LOC | أرض إسرائيل | p2_eretz
NORP | الإسرائيلي | p2_isr4
NORP | الفلسطيني | p2_pal2
NORP | فلسطينية | p2_pal3
ORG | الخارجية الفلسطينية | p2_pmofa2
ORG | الأمم المتحدة | p2_un
ORG | مجلس الأمن | p2_unsc
NORP | الإسرائيلي | p2_isr5
GPE | فلسطين | p2_palestine
NORP | الإسرائيلية | p2_isr6
NORP | الفلسطيني | p2_pal4
REL | CRITICIZES | p2_pmofa | p2_planning
REL | ROLE | p2_shaked | p2_isr2
REL | CRITICIZES | p2_pmofa | p2_shaked
REL | ROLE | p2_bennett | p2_isr3
REL | ROLE | p2_bennett | p2_jewishhome
REL | CRITICIZES | p2_pmofa | p2_bennett
